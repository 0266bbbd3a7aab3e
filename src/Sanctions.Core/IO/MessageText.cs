using System.Globalization;
using System.Text;

namespace Sanctions.Core.IO;

/// <summary>
/// Makes text taken from a file fit to show in a message: control characters (NUL included) escaped as
/// <c>\uXXXX</c>, and any quoted value or the whole message cut to a length a person can read.
/// </summary>
/// <remarks>
/// Messages echo values from the input (<c>ent_num 'x' is not a whole number</c>); a broken or hostile file can
/// hold a value of a megabyte or bytes that would garble a terminal. A cut value keeps its start and says how
/// much was left out, so the message still points at the right place.
/// </remarks>
internal static class MessageText
{
    /// <summary>The longest quoted value shown whole.</summary>
    public const int MaxValue = 120;

    /// <summary>The longest message shown whole.</summary>
    public const int MaxMessage = 2000;

    /// <summary>A value as a message shows it: cut to <see cref="MaxValue"/> characters, control characters escaped.</summary>
    public static string Value(string? value) => Value(value, MaxValue);

    /// <summary>A value cut to <paramref name="max"/> characters, control characters escaped.</summary>
    public static string Value(string? value, int max) => value is null ? string.Empty : Escape(value, max);

    /// <summary>
    /// A message as shown: every '…' quoted stretch longer than <see cref="MaxValue"/> cut, control characters
    /// escaped, and the whole cut to <see cref="MaxMessage"/>.
    /// </summary>
    public static string Message(string message)
    {
        if (message.Length <= MaxValue && !HasControl(message))
        {
            return message;
        }

        // Quoted values are cut where they are; a stretch between quotes that are not a pair is cut the same way,
        // which only ever shortens text that was too long to read.
        var text = new StringBuilder(Math.Min(message.Length, MaxMessage + 64));
        var start = 0;
        while (start < message.Length)
        {
            var open = message.IndexOf('\'', start);
            if (open < 0)
            {
                text.Append(Escape(message[start..], MaxMessage));
                break;
            }

            text.Append(Escape(message[start..(open + 1)], MaxMessage));
            var close = message.IndexOf('\'', open + 1);
            if (close < 0)
            {
                text.Append(Escape(message[(open + 1)..], MaxValue));
                break;
            }

            text.Append(Escape(message[(open + 1)..close], MaxValue)).Append('\'');
            start = close + 1;
            if (text.Length > MaxMessage)
            {
                break;
            }
        }

        if (start < message.Length && text.Length > MaxMessage)
        {
            text.Length = MaxMessage;
            text.Append(CultureInfo.InvariantCulture, $"… (message cut at {MaxMessage} characters)");
        }

        return text.ToString();
    }

    private static bool HasControl(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Escape(string value, int max)
    {
        if (value.Length <= max && !HasControl(value))
        {
            return value;
        }

        var text = new StringBuilder(Math.Min(value.Length, max) + 32);
        var i = 0;
        for (; i < value.Length && text.Length < max; i++)
        {
            var c = value[i];
            if (char.IsControl(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && text.Length + 2 > max)
            {
                // Never cut a surrogate pair in two.
                break;
            }
            else
            {
                text.Append(c);
            }
        }

        if (i < value.Length)
        {
            text.Append(CultureInfo.InvariantCulture, $"… ({value.Length - i} more characters)");
        }

        return text.ToString();
    }
}
