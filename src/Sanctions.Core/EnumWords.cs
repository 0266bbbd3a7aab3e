using System.Diagnostics.CodeAnalysis;
using Sanctions.Core.Compliance;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;

namespace Sanctions.Core;

/// <summary>
/// The words of one enum, as the JSON format, the <c>sanctions</c> command and compliance explanations write it:
/// lowercase and kebab-case (<c>international-organization</c>, <c>asset-freeze</c>). Obtain one from <see cref="EnumWords"/>.
/// </summary>
/// <typeparam name="TEnum">The enum named.</typeparam>
/// <remarks>The words are written out by hand rather than derived from member names, so that renaming a C# member can never
/// change the format or the command's output, and no reflection is needed.</remarks>
/// <threadsafety>Immutable: safe to share between threads.</threadsafety>
public sealed class EnumWords<TEnum>
    where TEnum : struct, Enum
{
    private readonly string[] words;

    // The values as ints, not as TEnum: a Dictionary<string, TEnum> per enum was sixteen instantiations of the dictionary's
    // code over value types, which no ahead-of-time image holds (the runtime's own is outside the library's version
    // bubble), so every process that touched the table compiled about 130 methods at start-up (the CLI's cold start,
    // issue 16). Dictionary<string, int> is compiled into the runtime's image once for all.
    private readonly Dictionary<string, int> byWord;

    // Every enum named here is int-based and dense from 0: word i names the value i.
    internal EnumWords(string description, params string[] words)
    {
        // TryParse reads an int as the enum: an enum of another size would be read wrong, so it is refused here, once.
        if (System.Runtime.CompilerServices.Unsafe.SizeOf<TEnum>() != sizeof(int))
        {
            throw new InvalidOperationException($"EnumWords<{typeof(TEnum).Name}>: only int-based enums are supported.");
        }

        Description = description;
        this.words = words;
        byWord = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            byWord.Add(words[i], i);
        }

        Expected = string.Join(", ", words.Select(w => "'" + w + "'"));
    }

    /// <summary>Gets what the words name, as messages say it: <c>"party type"</c>, <c>"measure kind"</c>.</summary>
    public string Description { get; }

    /// <summary>Gets every word, in the order of the enum's values.</summary>
    public IReadOnlyList<string> Words => words;

    // The accepted words, quoted, for messages.
    internal string Expected { get; }

    /// <summary>Returns the word for a value: <c>EnumWords.PartyKind.Word(PartyKind.InternationalOrganization)</c> is
    /// <c>"international-organization"</c>.</summary>
    /// <param name="value">A defined value of the enum.</param>
    /// <returns>The value's word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public string Word(TEnum value)
    {
        // Every enum named here is int-based; reading it as an int does not box.
        var i = System.Runtime.CompilerServices.Unsafe.As<TEnum, int>(ref value);
        return (uint)i < (uint)words.Length ? words[i] : throw new ArgumentOutOfRangeException(nameof(value), value, $"Unknown {Description}.");
    }

    /// <summary>Reads a word back (ordinal: the words are lowercase).</summary>
    /// <param name="word">The word, or <see langword="null"/>.</param>
    /// <param name="value">The value the word names, when it names one.</param>
    /// <returns><see langword="true"/> when <paramref name="word"/> is one of <see cref="Words"/>.</returns>
    public bool TryParse(string? word, [MaybeNullWhen(false)] out TEnum value)
    {
        if (word is not null && byWord.TryGetValue(word, out var i))
        {
            value = System.Runtime.CompilerServices.Unsafe.As<int, TEnum>(ref i);
            return true;
        }

        value = default;
        return false;
    }

    internal string Unknown(string? word) => $"'{word}' is not a {Description}: expected one of {Expected}.";
}

/// <summary>
/// The one table of the words the library's enums are written with, in the JSON format (see json-format.md), in the
/// <c>sanctions</c> command's output and in compliance explanations.
/// </summary>
/// <remarks>The table names enum types of every folder; enums use nothing, so the folders' one-way dependencies hold.</remarks>
/// <threadsafety>Immutable: safe to share between threads.</threadsafety>
public static class EnumWords
{
    /// <summary>Gets the words of <see cref="Parties.PartyKind"/>: <c>state</c>, <c>person</c>, <c>organization</c>,
    /// <c>international-organization</c>, <c>vessel</c>, <c>aircraft</c>.</summary>
    public static EnumWords<PartyKind> PartyKind { get; } =
        new("party type", "state", "person", "organization", "international-organization", "vessel", "aircraft");

    /// <summary>Gets the words of <see cref="Parties.NameKind"/>.</summary>
    public static EnumWords<NameKind> NameKind { get; } = new("name kind", "primary", "alias", "weak-alias", "former-name");

    /// <summary>Gets the words of <see cref="Regimes.MeasureKind"/>.</summary>
    public static EnumWords<MeasureKind> MeasureKind { get; } = new(
        "measure kind", "asset-freeze", "travel-ban", "sectoral-restriction", "export-restriction", "arms-embargo", "secondary-sanctions-exposure", "other");

    /// <summary>Gets the words of <see cref="Regimes.CountryMeasureKind"/>.</summary>
    public static EnumWords<CountryMeasureKind> CountryMeasureKind { get; } =
        new("country measure type", "comprehensive-embargo", "arms-embargo", "sectoral", "export-control", "other");

    /// <summary>Gets the words of <see cref="Regimes.ArmsDirection"/>.</summary>
    public static EnumWords<ArmsDirection> ArmsDirection { get; } = new("arms direction", "inbound", "outbound", "both");

    /// <summary>Gets the words of <see cref="Regimes.InstrumentKind"/>.</summary>
    public static EnumWords<InstrumentKind> InstrumentKind { get; } = new(
        "instrument type", "statute", "statute-part", "executive-order", "regulation", "decision", "resolution", "determination", "other");

    /// <summary>Gets the words of <see cref="Treaties.TreatyActionKind"/>.</summary>
    public static EnumWords<TreatyActionKind> TreatyActionKind { get; } = new(
        "treaty action type", "signature", "ratification", "accession", "entry-into-force", "withdrawal", "suspension", "termination");

    /// <summary>Gets the words of <see cref="Relations.RelationKind"/>.</summary>
    public static EnumWords<RelationKind> RelationKind { get; } =
        new("relation type", "ownership", "control", "directorship", "family", "associate", "agent", "same-as");

    /// <summary>Gets the words of <see cref="Temporal.Certainty"/>: <c>no</c>, <c>possible</c>, <c>certain</c>.</summary>
    public static EnumWords<Certainty> Certainty { get; } = new("certainty", "no", "possible", "certain");

    /// <summary>Gets the words of <see cref="Temporal.DatePrecision"/>.</summary>
    public static EnumWords<DatePrecision> DatePrecision { get; } = new("date precision", "year", "month", "day");

    /// <summary>Gets the words of <see cref="Parties.ContactKind"/>: <c>phone</c>, <c>fax</c>, <c>email</c>, <c>website</c>.</summary>
    public static EnumWords<ContactKind> ContactKind { get; } = new("contact type", "phone", "fax", "email", "website");

    /// <summary>Gets the words of <see cref="World.ChangeKind"/>, as the <c>diff</c> command writes them.</summary>
    public static EnumWords<ChangeKind> ChangeKind { get; } = new(
        "change kind", "listing", "delisting", "status-start", "status-end", "treaty-action", "measure-start", "measure-end");

    /// <summary>Gets the words of <see cref="Compliance.Verdict"/>: <c>clear</c>, <c>review</c>, <c>blocked</c>, <c>prohibited</c>.</summary>
    public static EnumWords<Verdict> Verdict { get; } = new("verdict", "clear", "review", "blocked", "prohibited");

    /// <summary>Gets the words of <see cref="Compliance.Goods"/>: <c>general</c>, <c>arms</c>, <c>dual-use</c>.</summary>
    public static EnumWords<Goods> Goods { get; } = new("goods", "general", "arms", "dual-use");

    /// <summary>Gets the words of <see cref="Compliance.GoodsFlow"/>: <c>unknown</c>, <c>party-to-counterparty</c>,
    /// <c>counterparty-to-party</c>.</summary>
    public static EnumWords<GoodsFlow> GoodsFlow { get; } = new("goods flow", "unknown", "party-to-counterparty", "counterparty-to-party");

    /// <summary>Gets the words of <see cref="Compliance.ParticipantRole"/>.</summary>
    public static EnumWords<ParticipantRole> ParticipantRole { get; } = new("participant role", "party", "counterparty", "intermediary");
}
