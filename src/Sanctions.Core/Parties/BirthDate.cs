using Sanctions.Core.Temporal;

namespace Sanctions.Core.Parties;

/// <summary>A date of birth as a list states it: a date, month or year, perhaps approximate, a range, or only text.</summary>
/// <remarks>
/// <para>The list's own words are kept in <see cref="Text"/> whenever they say more than the dates do (a range,
/// "circa", a note) and always when no date could be read from them. <see cref="Kind"/> follows from the values: no
/// <see cref="From"/> is <see cref="BirthDateKind.Text"/>; a <see cref="To"/> is a <see cref="BirthDateKind.Range"/>;
/// otherwise <see cref="Approximate"/> makes it <see cref="BirthDateKind.Approximate"/>, else the precision of
/// <see cref="From"/> decides. Equality is structural.</para>
/// <para>Example: UN <c>TYPE_OF_DATE BETWEEN</c> 1955 and 1958 with the note <c>Approximately</c> is
/// <c>From = 1955, To = 1958, Approximate = true</c>.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record BirthDate
{
    /// <summary>Creates a date of birth.</summary>
    /// <param name="from">The date, or the first of a range; null when the list gives only text.</param>
    /// <param name="to">The last date of an inclusive range, if it is one.</param>
    /// <param name="approximate">Whether the list says the date is approximate.</param>
    /// <param name="text">The list's own words, if kept; required when <paramref name="from"/> is null.</param>
    /// <exception cref="ArgumentException">Neither a date nor text is given, <paramref name="to"/> is given without <paramref name="from"/> or ends before it starts, or the text is blank.</exception>
    public BirthDate(PartialDate? from, PartialDate? to = null, bool approximate = false, string? text = null)
    {
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("The text of a date of birth is blank; leave it out instead.", nameof(text));
        }

        if (from is null && text is null)
        {
            throw new ArgumentException("A date of birth needs a date or the list's text.", nameof(from));
        }

        if (to is { } end && (from is not { } start || end.Latest < start.Earliest))
        {
            throw new ArgumentException($"A range of birth dates needs a start no later than its end ({from} to {to}).", nameof(to));
        }

        From = from;
        To = to;
        Approximate = approximate;
        Text = text;
    }

    /// <summary>The date, or the first of a range; null when the list gives only text.</summary>
    public PartialDate? From { get; init; }

    /// <summary>The last date of an inclusive range, if it is one.</summary>
    public PartialDate? To { get; init; }

    /// <summary>Whether the list says the date is approximate.</summary>
    public bool Approximate { get; init; }

    /// <summary>The list's own words, where kept.</summary>
    public string? Text { get; init; }

    /// <summary>What the list says, from the values.</summary>
    public BirthDateKind Kind =>
        From is not { } from ? BirthDateKind.Text
        : To is not null ? BirthDateKind.Range
        : Approximate ? BirthDateKind.Approximate
        : from.Precision switch
        {
            DatePrecision.Day => BirthDateKind.Exact,
            DatePrecision.Month => BirthDateKind.Month,
            _ => BirthDateKind.Year,
        };

    /// <summary>Text such as <c>circa 1960</c>, <c>1960 to 1962</c> or the list's own words.</summary>
    /// <returns>The date as text.</returns>
    public override string ToString() =>
        From is not { } from ? Text!
        : (Approximate ? "circa " : string.Empty) + from + (To is { } to ? " to " + to : string.Empty);
}
