global using Sanctions.Testing;
global using Xunit;
