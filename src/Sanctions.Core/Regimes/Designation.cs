using System.Collections.Immutable;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Regimes;

/// <summary>
/// A party placed on a list, under programs, with measures, over a period: Dmitry Rogozin on OFAC's SDN list under
/// <c>UKRAINE-EO13661</c>, asset freeze, from 2014-03-17, on the basis of EO 13661.
/// </summary>
/// <remarks>
/// <para>The authority of a designation is the authority of its list. <see cref="ValidPeriod.To"/> is the first day the party is
/// off the list (the delisting). A delisted designation stays in the world: "was X designated on D" still answers yes
/// for the old dates.</para>
/// <para>Equality is structural, collections compared in order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record Designation : IDatedFact
{
    private readonly ImmutableArray<ProgramId> programs;
    private readonly ImmutableArray<MeasureKind> measures;
    private readonly ImmutableArray<InstrumentId> basis;

    // The record period (48 bytes) is held apart: designations of one publication share one (see RecordPeriodBox).
    private readonly RecordPeriodBox? recorded;

    /// <summary>Creates a designation.</summary>
    /// <param name="id">Its identifier, unique in a world (e.g. <c>us-ofac-sdn:4632</c>).</param>
    /// <param name="party">The designated party.</param>
    /// <param name="list">The list it is published on.</param>
    /// <param name="valid">When it is in effect.</param>
    /// <param name="programs">The programs it is made under, if any.</param>
    /// <param name="measures">What it does; an asset freeze when none are given.</param>
    /// <param name="basis">The legal instruments it rests on, if known.</param>
    /// <param name="listReference">The list's own reference for the entry (OFAC ent_num, UN reference number), if any.</param>
    /// <param name="remarks">Remarks from the list, if any.</param>
    /// <param name="recorded">When the dataset asserted it; <see cref="RecordPeriod.Always"/> when omitted.</param>
    /// <param name="source">Where it comes from.</param>
    /// <exception cref="ArgumentException">An identifier is default or a collection holds an undefined value.</exception>
    public Designation(string id, PartyId party, ListId list, ValidPeriod valid, IEnumerable<ProgramId>? programs = null, IEnumerable<MeasureKind>? measures = null,
        IEnumerable<InstrumentId>? basis = null, string? listReference = null, string? remarks = null, RecordPeriod recorded = default, Provenance? source = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (party.IsDefault || list.IsDefault)
        {
            throw new ArgumentException("A designation needs a party and a list.", party.IsDefault ? nameof(party) : nameof(list));
        }

        Id = id;
        Party = party;
        List = list;
        Valid = valid;
        Programs = Sequences.Of(programs);
        Measures = measures is null ? [MeasureKind.AssetFreeze] : Sequences.Of(measures);
        foreach (var m in Measures)
        {
            if (!Enum.IsDefined(m))
            {
                throw new ArgumentOutOfRangeException(nameof(measures), m, "Unknown measure kind.");
            }
        }

        Basis = Sequences.Of(basis);
        ListReference = Provenance.NullIfEmpty(listReference);
        Remarks = Provenance.NullIfEmpty(remarks);
        Recorded = recorded;
        Source = source ?? Provenance.Manual;
    }

    /// <summary>Its identifier, unique in a world.</summary>
    public string Id { get; init; }

    /// <summary>The designated party.</summary>
    public PartyId Party { get; init; }

    /// <summary>The list it is published on.</summary>
    public ListId List { get; init; }

    /// <summary>The programs it is made under.</summary>
    public ImmutableArray<ProgramId> Programs { get => programs; init => programs = value.OrEmpty(); }

    /// <summary>What it does.</summary>
    public ImmutableArray<MeasureKind> Measures { get => measures; init => measures = value.OrEmpty(); }

    /// <summary>The legal instruments it rests on.</summary>
    public ImmutableArray<InstrumentId> Basis { get => basis; init => basis = value.OrEmpty(); }

    /// <summary>The list's own reference for the entry, if any.</summary>
    public string? ListReference { get; init; }

    /// <summary>Remarks from the list, if any.</summary>
    public string? Remarks { get; init; }

    /// <inheritdoc/>
    public ValidPeriod Valid { get; init; }

    /// <inheritdoc/>
    public RecordPeriod Recorded { get => recorded?.Period ?? RecordPeriod.Always; init => recorded = RecordPeriodBox.Of(value); }

    /// <inheritdoc/>
    public Provenance Source { get; init; }

    /// <inheritdoc/>
    public bool Equals(Designation? other) =>
        other is not null && Id == other.Id && Party == other.Party && List == other.List && Sequences.Equal(Programs, other.Programs) &&
        Sequences.Equal(Measures, other.Measures) && Sequences.Equal(Basis, other.Basis) && ListReference == other.ListReference &&
        Remarks == other.Remarks && Valid == other.Valid && Recorded == other.Recorded && Source == other.Source;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Party, List, Valid, Recorded, Sequences.Hash(Programs));

    /// <summary>Text such as <c>ofac:rogozin: person:rogozin on us-ofac-sdn [2014-03-17, …)</c>.</summary>
    /// <returns>The designation as text.</returns>
    public override string ToString() => $"{Id}: {Party} on {List} {Valid}";
}
