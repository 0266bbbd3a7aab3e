global using Sanctions.Core.Testing;
global using Sanctions.Testing;
global using Xunit;
