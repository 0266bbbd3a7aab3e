namespace Sanctions.Core.Regimes;

/// <summary>The identifier of a legal instrument (statute, executive order, regulation, resolution), such as <c>us-eo-13661</c>.</summary>
/// <remarks>
/// Identifiers are compared ordinally and case-sensitively. They are non-empty and carry no leading or
/// trailing white space. The <c>default</c> value has a null <see cref="Value"/> and stands for no identifier;
/// no world accepts it.
/// </remarks>
/// <threadsafety>This type is an immutable value type: every field is set once, when the value is made, so any number of threads may share and read its values without locking.</threadsafety>
public readonly record struct InstrumentId : IComparable<InstrumentId>
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty or has white space at either end.</exception>
    public InstrumentId(string value) => Value = Identifiers.Validate(value, nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Whether this is the <c>default</c>, empty identifier.</summary>
    public bool IsDefault => Value is null;

    /// <summary>Converts text to an identifier.</summary>
    /// <param name="value">The identifier text.</param>
    public static explicit operator InstrumentId(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(InstrumentId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The identifier text.</summary>
    /// <returns>The text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
