using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Relations;

/// <summary>An office a person held: Rogozin as Deputy Prime Minister of Russia over <c>[2011-12-23, 2018-05-18)</c>.</summary>
/// <remarks>Equality is structural.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record Position : IDatedFact
{
    /// <summary>Creates a position.</summary>
    /// <param name="holder">The person holding it.</param>
    /// <param name="title">The office, e.g. <c>Deputy Prime Minister of Russia</c>.</param>
    /// <param name="valid">When it was held.</param>
    /// <param name="organization">The state or organisation the office belongs to, if it is a party of the world.</param>
    /// <param name="recorded">When the dataset asserted it.</param>
    /// <param name="source">Where it comes from.</param>
    /// <exception cref="ArgumentException">The holder is default or the title is empty.</exception>
    public Position(PartyId holder, string title, ValidPeriod valid, PartyId? organization = null, RecordPeriod recorded = default, Provenance? source = null)
    {
        if (holder.IsDefault)
        {
            throw new ArgumentException("A position needs a holder.", nameof(holder));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Holder = holder;
        Title = title;
        Valid = valid;
        Organization = organization is { IsDefault: false } ? organization : null;
        Recorded = recorded;
        Source = source ?? Provenance.Manual;
    }

    /// <summary>The person holding it.</summary>
    public PartyId Holder { get; init; }

    /// <summary>The office.</summary>
    public string Title { get; init; }

    /// <summary>The state or organisation the office belongs to, if any.</summary>
    public PartyId? Organization { get; init; }

    /// <inheritdoc/>
    public ValidPeriod Valid { get; init; }

    /// <inheritdoc/>
    public RecordPeriod Recorded { get; init; }

    /// <inheritdoc/>
    public Provenance Source { get; init; }

    /// <summary>Text such as <c>person:rogozin Deputy Prime Minister of Russia [2011-12-23, 2018-05-18)</c>.</summary>
    /// <returns>The position as text.</returns>
    public override string ToString() => $"{Holder} {Title} {Valid}";
}
