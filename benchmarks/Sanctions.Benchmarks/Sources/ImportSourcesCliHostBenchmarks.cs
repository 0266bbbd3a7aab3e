namespace Sanctions.Benchmarks.Sources;

/// <summary>
/// <see cref="ImportSourcesBenchmarks"/> under the runtime settings of the <c>sanctions</c> command line
/// (<see cref="CliHostRuntimeAttribute"/>): the 18k import as <c>sanctions import</c> runs it.
/// </summary>
[CliHostRuntime]
public class ImportSourcesCliHostBenchmarks : ImportSourcesBenchmarks
{
    /// <summary>Checks the collector setting (the base's <c>[GlobalSetup]</c> attribute is inherited), then sets up.</summary>
    public override void Setup()
    {
        CliHostRuntimeAttribute.Check();
        base.Setup();
    }
}
