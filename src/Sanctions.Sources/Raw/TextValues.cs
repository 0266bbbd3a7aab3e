using System.Text;

namespace Sanctions.Sources.Raw;

/// <summary>Helpers shared by the text formats.</summary>
internal static class TextValues
{
    public static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string Normalize(string value)
    {
        if (IsNormalized(value))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && text.Length > 0)
            {
                text.Append(' ');
            }

            space = false;
            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether <see cref="Normalize"/> would return the same text: trimmed, and every whitespace a single space.
    /// Most names already are, and this check spares rebuilding each of them.
    /// </summary>
    internal static bool IsNormalized(string value)
    {
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            return false;
        }

        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                if (c != ' ' || space)
                {
                    return false;
                }

                space = true;
            }
            else
            {
                space = false;
            }
        }

        return true;
    }
}
