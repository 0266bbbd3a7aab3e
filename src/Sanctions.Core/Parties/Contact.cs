namespace Sanctions.Core.Parties;

/// <summary>A telephone or fax number, e-mail address or website of a party, as the list gives it.</summary>
/// <remarks>Contact details are not identifiers: they are shared, reassigned and change, so screening never matches on them. Equality is structural.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record Contact
{
    /// <summary>Creates a contact detail.</summary>
    /// <param name="kind">Phone, fax, e-mail or website.</param>
    /// <param name="value">The number or address as the list writes it.</param>
    /// <param name="note">A remark from the list, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public Contact(ContactKind kind, string value, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown contact kind.");
        }

        Kind = kind;
        Value = value;
        Note = Provenance.NullIfEmpty(note);
    }

    /// <summary>Phone, fax, e-mail or website.</summary>
    public ContactKind Kind { get; init; }

    /// <summary>The number or address as the list writes it.</summary>
    public string Value { get; init; }

    /// <summary>A remark from the list, if any.</summary>
    public string? Note { get; init; }

    /// <summary>Text such as <c>Email info@example.com</c>.</summary>
    /// <returns>The kind and value.</returns>
    public override string ToString() => $"{Kind} {Value}";
}
