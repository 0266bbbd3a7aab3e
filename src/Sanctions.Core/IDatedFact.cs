using Sanctions.Core.Temporal;

namespace Sanctions.Core;

/// <summary>A fact that holds over a period of days and was asserted by the dataset over a period of instants.</summary>
/// <remarks>Designations, country measures, memberships, relations and positions are dated facts.</remarks>
public interface IDatedFact
{
    /// <summary>When the fact is in effect (valid time).</summary>
    ValidPeriod Valid { get; }

    /// <summary>When the dataset asserted the fact (record time).</summary>
    RecordPeriod Recorded { get; }

    /// <summary>Where the fact comes from.</summary>
    Provenance Source { get; }
}
