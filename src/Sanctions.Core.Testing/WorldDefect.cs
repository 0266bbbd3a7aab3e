namespace Sanctions.Core.Testing;

/// <summary>The kinds of deliberate defect <see cref="SanctionsGen.InvalidWorld()"/> puts into a world.</summary>
public enum WorldDefect
{
    /// <summary>A period that ends on or before it starts, smuggled past the <see cref="Temporal.ValidPeriod"/> constructor as a faulty importer might.</summary>
    BadPeriod = 0,

    /// <summary>A reference to a party, list, program, instrument, authority or treaty that the world does not hold.</summary>
    DanglingReference = 1,

    /// <summary>A reference to a party of the wrong kind: a membership in a state, a country measure on a person, a position held by a state.</summary>
    WrongPartyKind = 2,

    /// <summary>Two different items with the same id.</summary>
    DuplicateId = 3,

    /// <summary>Two statuses of one party in one organisation that certainly overlap at the same record time.</summary>
    OverlappingStatuses = 4,

    /// <summary>Stakes in one company that add up to more than 100% on some day.</summary>
    OwnershipOver100 = 5,

    /// <summary>A party's treaty actions out of order: ratification before signature, entry into force without consent, withdrawal before joining.</summary>
    TreatyActionsOutOfOrder = 6,
}
