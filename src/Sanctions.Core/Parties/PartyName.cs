using Sanctions.Core.Temporal;

namespace Sanctions.Core.Parties;

/// <summary>A name of a party, with its standing and, where known, its script and language.</summary>
/// <remarks>Equality is structural and ordinal. Example: <c>Рогозин, Дмитрий Олегович</c> (Cyrillic, Russian), an alias of Dmitry Rogozin.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record PartyName
{
    // Most names have no script, language, note or record period (only a history of publications dates names): those four
    // are kept apart, in one object that most names do not have. A name is 40 bytes, not 64 (and 104 with its record
    // period inline): every object of an imported world is copied by the collector as the import goes.
    private readonly Extras? extras;

    /// <summary>Creates a name.</summary>
    /// <param name="value">The name as the source writes it.</param>
    /// <param name="kind">Its standing.</param>
    /// <param name="script">The ISO 15924 script code (<c>Latn</c>, <c>Cyrl</c>, <c>Arab</c>), if known.</param>
    /// <param name="language">The ISO 639 language code (<c>ru</c>, <c>fa</c>), if known.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or white space.</exception>
    public PartyName(string value, NameKind kind = NameKind.Primary, string? script = null, string? language = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown name kind.");
        }

        Value = value;
        Kind = kind;
        extras = Extras.Of(Provenance.NullIfEmpty(script), Provenance.NullIfEmpty(language), null, null);
    }

    /// <summary>The name as the source writes it.</summary>
    public string Value { get; init; }

    /// <summary>Its standing: primary, alias, weak alias or former name.</summary>
    public NameKind Kind { get; init; }

    /// <summary>The ISO 15924 script code, if known.</summary>
    public string? Script { get => extras?.Script; init => extras = Extras.Of(value, Language, Note, extras?.Recorded); }

    /// <summary>The ISO 639 language code, if known.</summary>
    public string? Language { get => extras?.Language; init => extras = Extras.Of(Script, value, Note, extras?.Recorded); }

    /// <summary>A remark the source makes about this name (a UN alias note, <c>original script</c>), if any.</summary>
    public string? Note { get => extras?.Note; init => extras = Extras.Of(Script, Language, value, extras?.Recorded); }

    /// <summary>When the list carried this name with this kind (record time); <see cref="RecordPeriod.Always"/> unless a history of publications dates it.</summary>
    /// <remarks>
    /// A history import (issue 16) dates the names an entry gained or lost between publications: a name the list gave
    /// until a rename is recorded <c>[first publication that gave it, first that no longer did)</c>, so
    /// <see cref="Party.NamesKnownAt"/> answers the names the list gave at a knowledge instant.
    /// </remarks>
    public RecordPeriod Recorded
    {
        get => extras?.Recorded?.Period ?? RecordPeriod.Always;
        init => extras = Extras.Of(Script, Language, Note, RecordPeriodBox.Of(value));
    }

    /// <summary>Whether the name may make a match on its own (everything but a weak alias).</summary>
    public bool IsStrong => Kind != NameKind.WeakAlias;

    /// <summary>The name, with its kind when it is not the primary name.</summary>
    /// <returns>E.g. <c>Rosoboronexport</c> or <c>ROE (alias)</c>.</returns>
    public override string ToString() => Kind == NameKind.Primary ? Value : $"{Value} ({Kind})";

    // What few names have; null when a name has none of it, so that names compare and hash by these values, not by the box.
    private sealed record Extras(string? Script, string? Language, string? Note, RecordPeriodBox? Recorded)
    {
        public static Extras? Of(string? script, string? language, string? note, RecordPeriodBox? recorded) =>
            script is null && language is null && note is null && recorded is null ? null : new Extras(script, language, note, recorded);
    }
}
