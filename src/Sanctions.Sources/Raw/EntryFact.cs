namespace Sanctions.Sources.Raw;

/// <summary>A fact a list states that has no structured place in the model, kept as key and text.</summary>
/// <remarks>
/// A fact read from a text the entry keeps anyway (OFAC remarks: <c>Key: value</c> items) is held as two ranges of that
/// text, its strings made only when asked: it is in the entry's remarks already, so mapping only looks at its characters,
/// and a key and a value string per item were garbage for most entries with remarks. Equal facts are equal however held.
/// </remarks>
internal readonly struct EntryFact : IEquatable<EntryFact>
{
    private readonly string key;
    private readonly string value;
    private readonly int keyStart;
    private readonly int keyLength;
    private readonly int valueStart;
    private readonly int valueLength;

    public EntryFact(string key, string value)
    {
        this.key = key;
        this.value = value;
        keyLength = key?.Length ?? 0;
        valueLength = value?.Length ?? 0;
    }

    private EntryFact(string text, int keyStart, int keyLength, int valueStart, int valueLength)
    {
        key = value = text;
        this.keyStart = keyStart;
        this.keyLength = keyLength;
        this.valueStart = valueStart;
        this.valueLength = valueLength;
    }

    /// <summary>A fact whose key and value are ranges of <paramref name="text"/>, made strings only when asked.</summary>
    public static EntryFact In(string text, Range key, Range value)
    {
        var (keyStart, keyLength) = key.GetOffsetAndLength(text.Length);
        var (valueStart, valueLength) = value.GetOffsetAndLength(text.Length);
        return new EntryFact(text, keyStart, keyLength, valueStart, valueLength);
    }

    public string Key => key is null || (keyStart == 0 && keyLength == key.Length) ? key! : key.Substring(keyStart, keyLength);

    public string Value => value is null || (valueStart == 0 && valueLength == value.Length) ? value! : value.Substring(valueStart, valueLength);

    /// <summary>The characters of <see cref="Key"/>, without making it a string.</summary>
    public ReadOnlySpan<char> KeySpan => key.AsSpan(keyStart, keyLength);

    /// <summary>The characters of <see cref="Value"/>, without making it a string.</summary>
    public ReadOnlySpan<char> ValueSpan => value.AsSpan(valueStart, valueLength);

    public static bool operator ==(EntryFact left, EntryFact right) => left.Equals(right);

    public static bool operator !=(EntryFact left, EntryFact right) => !left.Equals(right);

    public bool Equals(EntryFact other) =>
        (key is null) == (other.key is null) && (value is null) == (other.value is null)
        && KeySpan.SequenceEqual(other.KeySpan) && ValueSpan.SequenceEqual(other.ValueSpan);

    public override bool Equals(object? obj) => obj is EntryFact other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(string.GetHashCode(KeySpan), string.GetHashCode(ValueSpan));

    public override string ToString() => $"EntryFact {{ Key = {Key}, Value = {Value} }}";
}
