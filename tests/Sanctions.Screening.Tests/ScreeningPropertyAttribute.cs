using FsCheck.Xunit;

namespace Sanctions.Screening.Tests;

/// <summary>A property with this suite's settings: a fixed number of cases, and a replay seed from <c>SANCTIONS_FSCHECK_REPLAY</c> when set.</summary>
// FsCheck's PropertyAttribute has no constructor taking source information, so this one cannot pass it on (xUnit3003).
#pragma warning disable xUnit3003
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ScreeningPropertyAttribute : PropertyAttribute
{
    public ScreeningPropertyAttribute()
    {
        MaxTest = 60;
        EndSize = 60;
        var replay = Environment.GetEnvironmentVariable("SANCTIONS_FSCHECK_REPLAY");
        if (!string.IsNullOrWhiteSpace(replay))
        {
            Replay = replay;
        }
    }
}
#pragma warning restore xUnit3003
