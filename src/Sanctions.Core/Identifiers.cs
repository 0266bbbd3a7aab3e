namespace Sanctions.Core;

internal static class Identifiers
{
    public static string Validate(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, paramName);
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            throw new ArgumentException($"An identifier may not start or end with white space: '{value}'.", paramName);
        }

        return value;
    }
}
