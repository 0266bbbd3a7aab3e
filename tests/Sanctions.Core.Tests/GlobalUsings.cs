global using Xunit;
global using Sanctions.Testing;
global using Sanctions.Core.Testing;
