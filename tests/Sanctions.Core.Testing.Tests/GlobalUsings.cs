global using Xunit;
global using Sanctions.Testing;
