namespace Sanctions.Core.Memberships;

/// <summary>
/// A status a party holds in an international organisation: <c>member</c>, <c>observer</c>, <c>dialogue partner</c>,
/// <c>partner</c>, <c>applicant</c>, <c>suspended</c>, or whatever an organisation invents.
/// </summary>
/// <remarks>
/// Statuses are open data, not a closed list: the SCO merged observers and dialogue partners into one "SCO partner" status on
/// 2025-09-01. The value is normalised to lowercase with single spaces; equality is ordinal on that form. The <c>default</c>
/// value has a null <see cref="Value"/> and is rejected by worlds.
/// </remarks>
/// <threadsafety>This type is an immutable value type: every field is set once, when the value is made, so any number of threads may share and read its values without locking.</threadsafety>
public readonly record struct MembershipStatus
{
    /// <summary>Creates a status from its name.</summary>
    /// <param name="value">The name, in any case; runs of white space become one space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or white space.</exception>
    public MembershipStatus(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }

    /// <summary>A full member.</summary>
    public static MembershipStatus Member { get; } = new("member");

    /// <summary>An observer.</summary>
    public static MembershipStatus Observer { get; } = new("observer");

    /// <summary>A dialogue partner.</summary>
    public static MembershipStatus DialoguePartner { get; } = new("dialogue partner");

    /// <summary>A partner (the SCO's merged status since 2025-09-01).</summary>
    public static MembershipStatus Partner { get; } = new("partner");

    /// <summary>An applicant for membership.</summary>
    public static MembershipStatus Applicant { get; } = new("applicant");

    /// <summary>A member whose rights are suspended.</summary>
    public static MembershipStatus Suspended { get; } = new("suspended");

    /// <summary>The normalised name.</summary>
    public string Value { get; }

    /// <summary>Whether this is the <c>default</c>, empty status.</summary>
    public bool IsDefault => Value is null;

    /// <summary>The normalised name.</summary>
    /// <returns>E.g. <c>dialogue partner</c>.</returns>
    public override string ToString() => Value ?? string.Empty;
}
