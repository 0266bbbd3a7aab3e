namespace Sanctions.Core.Compliance;

/// <summary>What a transaction moves. Arms bring in arms embargoes, dual-use goods export controls. The CLI form is the kebab-case name.</summary>
public enum Goods
{
    /// <summary>Ordinary goods, services or money.</summary>
    General = 0,

    /// <summary>Arms and related materiel.</summary>
    Arms = 1,

    /// <summary>Goods with civil and military uses, under export control.</summary>
    DualUse = 2,
}

/// <summary>Which way the goods of a transaction move between the party and the counterparty, where the caller knows it.</summary>
/// <remarks>An arms embargo on a state may run inbound (no arms to it), outbound (no arms from it) or both. When the flow is
/// <see cref="Unknown"/>, every participant may be the supplier or the recipient, so an embargo in either direction applies.</remarks>
public enum GoodsFlow
{
    /// <summary>The caller does not say; both directions are assumed possible.</summary>
    Unknown = 0,

    /// <summary>The party supplies the counterparty.</summary>
    PartyToCounterparty = 1,

    /// <summary>The counterparty supplies the party.</summary>
    CounterpartyToParty = 2,
}

/// <summary>The part a party plays in a checked transaction.</summary>
public enum ParticipantRole
{
    /// <summary>The party the caller deals with.</summary>
    Party = 0,

    /// <summary>The other side of the transaction, if named.</summary>
    Counterparty = 1,

    /// <summary>A bank, agent or carrier between them.</summary>
    Intermediary = 2,
}
