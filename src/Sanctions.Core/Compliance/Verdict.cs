namespace Sanctions.Core.Compliance;

/// <summary>What a compliance check concludes, from the least to the most severe. The JSON and CLI form is the lowercase name.</summary>
/// <remarks>The values are ordered: <c>Clear &lt; Review &lt; Blocked &lt; Prohibited</c>; a result's verdict is the most severe effect of
/// its findings that are not cleared.</remarks>
public enum Verdict
{
    /// <summary>No rule found anything that stands in the way.</summary>
    Clear = 0,

    /// <summary>Something needs a person to look: a sectoral or export restriction, secondary-sanctions exposure, or a finding that only possibly applies.</summary>
    Review = 1,

    /// <summary>A party is blocked (asset freeze), directly or through ownership or control: its property may not be dealt in.</summary>
    Blocked = 2,

    /// <summary>The dealing itself is prohibited: a comprehensive embargo or an arms embargo applies.</summary>
    Prohibited = 3,
}
