namespace Sanctions.Core.Temporal;

/// <summary>
/// How sure an answer is, given the precision of the dates behind it.
/// </summary>
/// <remarks>
/// A query date inside the narrow reading of a period is <see cref="Certain"/>; inside the wide
/// reading only, <see cref="Possible"/>. The values are ordered: <c>No &lt; Possible &lt; Certain</c>.
/// </remarks>
public enum Certainty
{
    /// <summary>The fact does not apply.</summary>
    No = 0,

    /// <summary>The fact may apply: the date falls where a partial date leaves it open.</summary>
    Possible = 1,

    /// <summary>The fact applies whatever the unknown part of a partial date turns out to be.</summary>
    Certain = 2,
}
