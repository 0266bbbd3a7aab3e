using System.Diagnostics.CodeAnalysis;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Serialization;

// The kebab-case words of every enum in the format. Written out by hand rather than derived from the member names, so that
// renaming a C# member can never change the format, and so that no reflection is needed. Every enum is dense from 0.
internal sealed class EnumText<T>
    where T : struct, Enum
{
    private readonly string[] words;
    private readonly Dictionary<string, T> byWord;

    public EnumText(string description, params string[] words)
    {
        Description = description;
        this.words = words;
        byWord = new Dictionary<string, T>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            byWord.Add(words[i], (T)(object)i);
        }

        Expected = string.Join(", ", words.Select(w => "'" + w + "'"));
    }

    // What the words name, for messages ("measure kind").
    public string Description { get; }

    // The accepted words, quoted, for messages.
    public string Expected { get; }

    public IReadOnlyList<string> Words => words;

    public string Write(T value)
    {
        // Every enum of the model is int-based; reading it as an int does not box.
        var i = System.Runtime.CompilerServices.Unsafe.As<T, int>(ref value);
        return (uint)i < (uint)words.Length ? words[i] : throw new ArgumentOutOfRangeException(nameof(value), value, $"Unknown {Description}.");
    }

    public bool TryRead(string? word, [MaybeNullWhen(false)] out T value)
    {
        if (word is not null && byWord.TryGetValue(word, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    public string Unknown(string? word) => $"'{word}' is not a {Description}: expected one of {Expected}.";
}

internal static class EnumTexts
{
    public static readonly EnumText<PartyKind> PartyKind =
        new("party type", "state", "person", "organization", "international-organization", "vessel", "aircraft");

    public static readonly EnumText<NameKind> NameKind = new("name kind", "primary", "alias", "weak-alias", "former-name");

    public static readonly EnumText<MeasureKind> MeasureKind = new(
        "measure kind", "asset-freeze", "travel-ban", "sectoral-restriction", "export-restriction", "arms-embargo", "secondary-sanctions-exposure", "other");

    public static readonly EnumText<CountryMeasureKind> CountryMeasureKind =
        new("country measure type", "comprehensive-embargo", "arms-embargo", "sectoral", "export-control", "other");

    public static readonly EnumText<ArmsDirection> ArmsDirection = new("arms direction", "inbound", "outbound", "both");

    public static readonly EnumText<InstrumentKind> InstrumentKind = new(
        "instrument type", "statute", "statute-part", "executive-order", "regulation", "decision", "resolution", "determination", "other");

    public static readonly EnumText<TreatyActionKind> TreatyActionKind = new(
        "treaty action type", "signature", "ratification", "accession", "entry-into-force", "withdrawal", "suspension", "termination");

    public static readonly EnumText<RelationKind> RelationKind =
        new("relation type", "ownership", "control", "directorship", "family", "associate", "agent", "same-as");

    public static readonly EnumText<Certainty> Certainty = new("certainty", "no", "possible", "certain");

    public static readonly EnumText<DatePrecision> DatePrecision = new("date precision", "year", "month", "day");
}
