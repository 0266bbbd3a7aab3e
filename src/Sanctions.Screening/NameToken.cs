namespace Sanctions.Screening;

/// <summary>One word of an analysed name: its folded text (lower-case ASCII), its role, and whether it came from another script.</summary>
/// <param name="Text">The folded word (see <see cref="Core.Parties.NameFolding"/>).</param>
/// <param name="Role">What the word is.</param>
/// <param name="Transliterated">True when the word was written in a script other than Latin, or with marks, and folded to ASCII.</param>
public readonly record struct NameToken(string Text, TokenRole Role, bool Transliterated)
{
    /// <summary>True for the roles that carry a name's identity: names, family names and numbers.</summary>
    public bool IsSignificant => Role is TokenRole.Name or TokenRole.Family or TokenRole.Number;

    /// <inheritdoc/>
    public override string ToString() => Role == TokenRole.Name ? Text : $"{Text} ({Role})";
}
