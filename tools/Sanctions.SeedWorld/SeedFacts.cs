using System.Collections.Frozen;
using System.Text.Json;
using Sanctions.Core;
using Sanctions.Core.Temporal;

namespace Sanctions.SeedWorld;

/// <summary>One entry of the seed-world fact base (<c>facts.json</c>): a fact about the real world with its dates, sources and standing.</summary>
public sealed record SeedFact(string Id, string Subject, string Predicate, string Object, string? From, string? To, string Precision, string Source, bool Verified);

/// <summary>The seed-world fact base, by id. Dates and sources of the seed world are read from here, never typed twice.</summary>
public sealed class SeedFacts
{
    /// <summary>The label every seed-world provenance carries as its publication.</summary>
    public const string Publication = "seed-world/facts.json";

    private readonly FrozenDictionary<string, SeedFact> byId;

    private SeedFacts(IEnumerable<SeedFact> facts) => byId = facts.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);

    /// <summary>Every fact, in file order.</summary>
    public IReadOnlyCollection<SeedFact> All => byId.Values;

    /// <summary>Reads the fact base from its JSON text.</summary>
    public static SeedFacts Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var facts = new List<SeedFact>();
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            facts.Add(new SeedFact(
                e.GetProperty("id").GetString()!,
                e.GetProperty("subject").GetString()!,
                e.GetProperty("predicate").GetString()!,
                e.GetProperty("object").GetString() ?? string.Empty,
                e.GetProperty("from").GetString(),
                e.GetProperty("to").GetString(),
                e.GetProperty("precision").GetString() ?? string.Empty,
                e.GetProperty("source").GetString()!,
                e.GetProperty("verified").GetBoolean()));
        }

        return new SeedFacts(facts);
    }

    /// <summary>The fact with <paramref name="id"/>.</summary>
    public SeedFact this[string id] => byId.TryGetValue(id, out var f) ? f : throw new KeyNotFoundException($"The fact base has no fact '{id}'.");

    /// <summary>Whether the fact base has a fact with <paramref name="id"/>.</summary>
    public bool Contains(string id) => byId.ContainsKey(id);

    /// <summary>The start date of fact <paramref name="id"/>, at its precision.</summary>
    public PartialDate From(string id) => this[id].From is { } f ? PartialDate.Parse(f) : throw new InvalidOperationException($"Fact '{id}' has no start date.");

    /// <summary>The end date of fact <paramref name="id"/>, at its precision.</summary>
    public PartialDate To(string id) => this[id].To is { } t ? PartialDate.Parse(t) : throw new InvalidOperationException($"Fact '{id}' has no end date.");

    /// <summary>The period of fact <paramref name="id"/>: its start and (possibly open) end.</summary>
    public ValidPeriod Period(string id) => new(this[id].From is { } f ? PartialDate.Parse(f) : null, this[id].To is { } t ? PartialDate.Parse(t) : null);

    /// <summary>
    /// The provenance of a seed-world fact: the fact's sources, its id as the record, whether it is verified, and a note with the
    /// precision remark of the fact base (when it says more than the date does) and <paramref name="note"/>.
    /// </summary>
    public Provenance Provenance(string id, string? note = null)
    {
        var f = this[id];
        var precision = f.Precision is "day" or "month" or "year" or "n/a" or "" ? null : "precision: " + f.Precision;
        var text = string.Join("; ", new[] { precision, note }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new Provenance(f.Source, id, Publication, isVerified: f.Verified, note: text.Length == 0 ? null : text);
    }
}
