using BenchmarkDotNet.Running;

namespace Sanctions.Benchmarks;

internal static class Program
{
    public static void Main(string[] args)
    {
        // A console measurement that BenchmarkDotNet cannot make: peak memory of a JSON Lines read (see SerializationMemory).
        if (args is ["serialization-memory", ..])
        {
            Serialization.SerializationMemory.RunAsync(args).GetAwaiter().GetResult();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
