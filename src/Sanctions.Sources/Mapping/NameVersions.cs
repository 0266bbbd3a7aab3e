using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Sources.Mapping;

/// <summary>
/// The record time of names across publications (issue 16, "names are versioned"): which names of an entry each
/// publication gave, so that a renamed entry keeps its old name for the period the list carried it.
/// </summary>
/// <remarks>
/// <para>A name is told apart by all it states (value, kind, script, language, note): an alias that becomes the primary
/// name closes one record and opens another. A name an entry had when the list first gave the entry and still has stays
/// <see cref="RecordPeriod.Always"/> (it is written without a record, as before); a name gained later is recorded from the
/// publication that first gave it; a name lost is kept, recorded <c>[the publication that first gave it (or the entry),
/// the first that no longer did)</c>.</para>
/// <para>A strong name lost that the entry no longer has under any kind is also kept as a
/// <see cref="NameKind.FormerName"/> recorded from the publication that dropped it, with a note saying so: screening and
/// look-ups go on finding a renamed entry under its old name, while <see cref="Party.NamesKnownAt"/> answers what the list
/// said at each instant. Only entries whose party changed between publications are tracked, so an unchanged list costs
/// one dictionary entry per party.</para>
/// </remarks>
internal sealed class NameVersions
{
    /// <summary>The note on a former name kept because a later publication no longer gives the name.</summary>
    public const string KeptNote = "no longer given by the list; kept from an earlier publication";

    private readonly Dictionary<string, Instant?> firstSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, History> histories = new(StringComparer.Ordinal);

    /// <summary>Notes the publication that first gave an entry.</summary>
    public void FirstSeen(string id, Instant? at) => firstSeen[id] = at;

    /// <summary>Compares an entry's names in the publication before and in the one at <paramref name="at"/>.</summary>
    public void Change(Party earlier, Party later, Instant? at)
    {
        if (at is null || earlier.Names.AsSpan().SequenceEqual(later.Names.AsSpan()))
        {
            return;
        }

        var id = later.Id.Value;
        var start = firstSeen.GetValueOrDefault(id);
        if (!histories.TryGetValue(id, out var history))
        {
            histories[id] = history = new History(start);
            foreach (var name in earlier.Names)
            {
                history.Open.TryAdd(name, start);
            }
        }

        foreach (var (name, from) in history.Open.ToList())
        {
            if (!later.Names.Contains(name))
            {
                history.Open.Remove(name);
                if (from is not { } f || f < at.Value)
                {
                    history.Closed.Add((name with { Recorded = new RecordPeriod(from, at) }, at.Value));
                }
            }
        }

        foreach (var name in later.Names)
        {
            history.Open.TryAdd(name, at);
        }
    }

    /// <summary>Gives the tracked parties their dated names.</summary>
    public void Apply(Dictionary<string, Party> parties)
    {
        foreach (var (id, history) in histories)
        {
            if (!parties.TryGetValue(id, out var party))
            {
                continue;
            }

            var current = party.Names.Select(n =>
                history.Open.TryGetValue(n, out var from) && from != history.Start && from is { } f ? n with { Recorded = RecordPeriod.Since(f) } : n).ToList();
            var former = new List<PartyName>();
            foreach (var (name, gone) in history.Closed)
            {
                if (name.IsStrong && !party.Names.Any(n => n.Value == name.Value) && !former.Any(n => n.Value == name.Value))
                {
                    former.Add(new PartyName(name.Value, NameKind.FormerName, name.Script, name.Language) { Note = KeptNote, Recorded = RecordPeriod.Since(gone) });
                }
            }

            parties[id] = party with { Names = [.. current, .. former, .. history.Closed.Select(c => c.Name)] };
        }
    }

    private sealed class History(Instant? start)
    {
        public Instant? Start { get; } = start;

        public Dictionary<PartyName, Instant?> Open { get; } = [];

        public List<(PartyName Name, Instant Gone)> Closed { get; } = [];
    }
}
