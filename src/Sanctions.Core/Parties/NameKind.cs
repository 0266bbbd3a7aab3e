namespace Sanctions.Core.Parties;

/// <summary>The standing of a name of a party.</summary>
public enum NameKind
{
    /// <summary>The name the source lists the party under.</summary>
    Primary = 0,

    /// <summary>A strong alias ("a.k.a."; the UN's "Good" quality).</summary>
    Alias = 1,

    /// <summary>A weak alias (OFAC's "low quality", the UN's "Low"): supports a match, never makes one alone.</summary>
    WeakAlias = 2,

    /// <summary>A name the party used before ("f.k.a.").</summary>
    FormerName = 3,
}
