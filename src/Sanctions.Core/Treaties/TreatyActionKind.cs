namespace Sanctions.Core.Treaties;

/// <summary>What a party did with respect to a treaty. The JSON form is the kebab-case name.</summary>
/// <remarks>Signature alone does not bind. A party is bound once it has consented (ratification, accession) and the treaty is in
/// force for it, until withdrawal, suspension or termination.</remarks>
public enum TreatyActionKind
{
    /// <summary>Signed the treaty.</summary>
    Signature = 0,

    /// <summary>Ratified (or accepted, approved) the treaty: consent to be bound after signature.</summary>
    Ratification = 1,

    /// <summary>Acceded to the treaty: consent to be bound without prior signature.</summary>
    Accession = 2,

    /// <summary>The treaty entered into force for the party.</summary>
    EntryIntoForce = 3,

    /// <summary>The party withdrew; it is no longer bound from this date.</summary>
    Withdrawal = 4,

    /// <summary>The treaty was suspended for the party.</summary>
    Suspension = 5,

    /// <summary>The treaty terminated for the party.</summary>
    Termination = 6,
}
