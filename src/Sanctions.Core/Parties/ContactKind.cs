namespace Sanctions.Core.Parties;

/// <summary>How a party can be reached.</summary>
public enum ContactKind
{
    /// <summary>A telephone number.</summary>
    Phone = 0,

    /// <summary>A fax number.</summary>
    Fax = 1,

    /// <summary>An e-mail address.</summary>
    Email = 2,

    /// <summary>A website.</summary>
    Website = 3,
}
