namespace Sanctions.Core.World;

/// <summary>What a <see cref="PartyEvent"/> in a party's history is.</summary>
public enum PartyEventKind
{
    /// <summary>A person's birth (one event per recorded birth date): a single day.</summary>
    Birth = 0,

    /// <summary>An international organisation's founding: a single day.</summary>
    Founding = 1,

    /// <summary>A designation of the party on a sanctions list.</summary>
    Designation = 2,

    /// <summary>A status the party holds in an organisation (member, observer…).</summary>
    Status = 3,

    /// <summary>A status another party holds in this party, an organisation.</summary>
    Member = 4,

    /// <summary>A position the party, a person, holds.</summary>
    Position = 5,

    /// <summary>A relation from or to the party (ownership, control, family…).</summary>
    Relation = 6,

    /// <summary>An action of the party on a treaty (signature, ratification…): a single day.</summary>
    TreatyAction = 7,

    /// <summary>A country-level measure with the party as its target.</summary>
    CountryMeasure = 8,
}
