using System.Runtime.InteropServices;

namespace Sanctions.Sources.Raw;

/// <summary>A fact a list states that has no structured place in the model, kept as key and text.</summary>
/// <remarks>
/// A fact read from a text the entry keeps anyway (OFAC remarks: <c>Key: value</c> items) is held as two ranges of that
/// text, its strings made only when asked: it is in the entry's remarks already, so mapping only looks at its characters,
/// and a key and a value string per item were garbage for most entries with remarks. Equal facts are equal however held.
/// Such a fact is valid as long as the text it is part of (see <see cref="ListEntry.RemarksText"/>).
/// </remarks>
internal readonly struct EntryFact : IEquatable<EntryFact>
{
    private readonly ReadOnlyMemory<char> key;
    private readonly ReadOnlyMemory<char> value;

    public EntryFact(string key, string value)
        : this(key.AsMemory(), value.AsMemory())
    {
    }

    private EntryFact(ReadOnlyMemory<char> key, ReadOnlyMemory<char> value)
    {
        this.key = key;
        this.value = value;
    }

    /// <summary>A fact whose key and value are ranges of <paramref name="text"/>, made strings only when asked.</summary>
    public static EntryFact In(ReadOnlyMemory<char> text, Range key, Range value) => new(text[key], text[value]);

    public string Key => AsString(key);

    public string Value => AsString(value);

    /// <summary>The characters of <see cref="Key"/>, without making it a string.</summary>
    public ReadOnlySpan<char> KeySpan => key.Span;

    /// <summary>The characters of <see cref="Value"/>, without making it a string.</summary>
    public ReadOnlySpan<char> ValueSpan => value.Span;

    public static bool operator ==(EntryFact left, EntryFact right) => left.Equals(right);

    public static bool operator !=(EntryFact left, EntryFact right) => !left.Equals(right);

    public bool Equals(EntryFact other) => KeySpan.SequenceEqual(other.KeySpan) && ValueSpan.SequenceEqual(other.ValueSpan);

    public override bool Equals(object? obj) => obj is EntryFact other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(string.GetHashCode(KeySpan), string.GetHashCode(ValueSpan));

    public override string ToString() => $"EntryFact {{ Key = {Key}, Value = {Value} }}";

    // The string itself when the memory is a whole string (a fact made from strings), else a new one.
    private static string AsString(ReadOnlyMemory<char> memory) =>
        MemoryMarshal.TryGetString(memory, out var text, out var start, out var length) && start == 0 && length == text.Length ? text : memory.ToString();
}
