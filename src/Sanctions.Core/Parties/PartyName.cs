using Sanctions.Core.Temporal;

namespace Sanctions.Core.Parties;

/// <summary>A name of a party, with its standing and, where known, its script and language.</summary>
/// <remarks>Equality is structural and ordinal. Example: <c>Рогозин, Дмитрий Олегович</c> (Cyrillic, Russian), an alias of Dmitry Rogozin.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record PartyName
{
    // Most names are never dated (only a history of publications dates them): an undated name keeps no record period of
    // its own (two nullable instants, 48 bytes), which made every name of an imported list 40 % bigger than it needs to be.
    private readonly Dated? recorded;

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
        Script = Provenance.NullIfEmpty(script);
        Language = Provenance.NullIfEmpty(language);
    }

    /// <summary>The name as the source writes it.</summary>
    public string Value { get; init; }

    /// <summary>Its standing: primary, alias, weak alias or former name.</summary>
    public NameKind Kind { get; init; }

    /// <summary>The ISO 15924 script code, if known.</summary>
    public string? Script { get; init; }

    /// <summary>The ISO 639 language code, if known.</summary>
    public string? Language { get; init; }

    /// <summary>A remark the source makes about this name (a UN alias note, <c>original script</c>), if any.</summary>
    public string? Note { get; init; }

    /// <summary>When the list carried this name with this kind (record time); <see cref="RecordPeriod.Always"/> unless a history of publications dates it.</summary>
    /// <remarks>
    /// A history import (issue 16) dates the names an entry gained or lost between publications: a name the list gave
    /// until a rename is recorded <c>[first publication that gave it, first that no longer did)</c>, so
    /// <see cref="Party.NamesKnownAt"/> answers the names the list gave at a knowledge instant.
    /// </remarks>
    public RecordPeriod Recorded { get => recorded?.Period ?? RecordPeriod.Always; init => recorded = value.Equals(RecordPeriod.Always) ? null : new Dated(value); }

    /// <summary>Whether the name may make a match on its own (everything but a weak alias).</summary>
    public bool IsStrong => Kind != NameKind.WeakAlias;

    /// <summary>The name, with its kind when it is not the primary name.</summary>
    /// <returns>E.g. <c>Rosoboronexport</c> or <c>ROE (alias)</c>.</returns>
    public override string ToString() => Kind == NameKind.Primary ? Value : $"{Value} ({Kind})";

    // A record period other than Always; a record, so that names compare and hash by the period, not by this box.
    private sealed record Dated(RecordPeriod Period);
}
