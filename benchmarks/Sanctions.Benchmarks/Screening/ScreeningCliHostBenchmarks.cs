namespace Sanctions.Benchmarks.Screening;

/// <summary>
/// <see cref="ScreeningBenchmarks"/> under the runtime settings of the <c>sanctions</c> command line
/// (<see cref="CliHostRuntimeAttribute"/>): <c>Batch_CliRows</c> here is <c>sanctions screen --batch</c>'s path in the host
/// that command runs in.
/// </summary>
[CliHostRuntime]
public class ScreeningCliHostBenchmarks : ScreeningBenchmarks
{
    /// <summary>Checks the collector setting (the base's <c>[GlobalSetup]</c> attribute is inherited), then sets up.</summary>
    public override void Setup()
    {
        CliHostRuntimeAttribute.Check();
        base.Setup();
    }
}
