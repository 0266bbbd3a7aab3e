using System.Collections.Immutable;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.World;

/// <summary>Who is bound by a treaty on a date, and who had only signed it.</summary>
/// <param name="Bound">Parties that had consented (ratification or accession) and for which the treaty was in force, not withdrawn.</param>
/// <param name="SignedOnly">Parties that had signed but were not bound: certain when signed and bound in no reading, possible when the
/// signature or the absence of a binding step is only possible. A party whose binding is only possible (a ratification on an unknown day)
/// appears in both lists, possible in each.</param>
public sealed record TreatyParties(ImmutableArray<DatedAnswer<PartyId>> Bound, ImmutableArray<DatedAnswer<PartyId>> SignedOnly)
{
    /// <inheritdoc/>
    public bool Equals(TreatyParties? other) => other is not null && Sequences.Equal(Bound, other.Bound) && Sequences.Equal(SignedOnly, other.SignedOnly);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Sequences.Hash(Bound), Sequences.Hash(SignedOnly));
}
