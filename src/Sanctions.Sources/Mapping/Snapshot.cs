using NodaTime;
using Sanctions.Core;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;

namespace Sanctions.Sources.Mapping;

/// <summary>
/// A designation as one publication states it, before record time is known: the merger turns
/// successive drafts into <see cref="Designation"/> versions.
/// </summary>
internal sealed record DesignationDraft(
    string Key,
    PartyId Party,
    ListId List,
    IReadOnlyList<ProgramId> Programs,
    IReadOnlyList<MeasureKind> Measures,
    IReadOnlyList<InstrumentId> Basis,
    PartialDate? From,
    PartialDate? To,
    string? Reference,
    string? Remarks,
    Provenance Source)
{
    /// <summary>Whether two drafts state the same designation (provenance aside).</summary>
    public bool SameContent(DesignationDraft other) =>
        List == other.List && Programs.SequenceEqual(other.Programs) && Measures.SequenceEqual(other.Measures)
        && Basis.SequenceEqual(other.Basis) && From == other.From && To == other.To && Reference == other.Reference && Remarks == other.Remarks;
}

/// <summary>Everything one publication states about one list record.</summary>
internal sealed class MappedRecord
{
    public MappedRecord(string key, Party party)
    {
        Key = key;
        Party = party;
    }

    public string Key { get; }

    public Party Party { get; set; }

    public List<DesignationDraft> Designations { get; } = [];

    /// <summary>Relations stated by this record, with <see cref="RecordPeriod.Always"/> until merged.</summary>
    public List<Relation> Relations { get; } = [];

    public List<Position> Positions { get; } = [];
}

/// <summary>One publication of a list, mapped: its records by key and its instant.</summary>
internal sealed class Snapshot
{
    public Snapshot(Instant? published, string? version)
    {
        Published = published;
        Version = version;
    }

    public Instant? Published { get; }

    public string? Version { get; }

    public Dictionary<string, MappedRecord> Records { get; } = new(StringComparer.Ordinal);
}
