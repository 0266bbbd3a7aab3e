using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;

namespace Sanctions.Core.World;

// Which fields of two facts with the same id differ, in words, for the builder's duplicate-id problem: "name ('Office of Foreign
// Assets Control' here, 'OFAC' in authorities[0])". Facts are records; their public properties are their content.
internal static class FactDifference
{
    private const int MaxValueLength = 60;

    // The message names the differing fields when it can; in a trimmed app whose facts' getters were removed, the fields are simply not
    // named (the duplicate is still reported).
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Diagnostic text only: a property trimmed away is not named, nothing else changes.")]
    public static string Describe(object here, object there, string thereName)
    {
        if (here.GetType() != there.GetType())
        {
            return $"a different kind of fact ({here.GetType().Name} here, {there.GetType().Name} in {thereName})";
        }

        var fields = new List<string>();
        foreach (var property in here.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null || property.Name == "EqualityContract")
            {
                continue;
            }

            // Stored content only: a property computed from others (a party's Name, from its Names) would repeat their difference.
            var stored = property.SetMethod is not null
                || here.GetType().GetField($"<{property.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
            if (!stored)
            {
                continue;
            }

            var a = property.GetValue(here);
            var b = property.GetValue(there);
            if (!Same(a, b))
            {
                fields.Add($"{Camel(property.Name)} ({Show(a)} here, {Show(b)} in {thereName})");
            }
        }

        return fields.Count == 0 ? $"different content from {thereName}" : $"different {string.Join(", ", fields)}";
    }

    private static bool Same(object? a, object? b)
    {
        if (Equals(a, b))
        {
            return true;
        }

        return a is IEnumerable x && b is IEnumerable y && a is not string && x.Cast<object?>().SequenceEqual(y.Cast<object?>());
    }

    private static string Show(object? value)
    {
        var text = value switch
        {
            null => "none",
            string s => $"'{s}'",
            IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture))) + "]",
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "none",
        };
        return text.Length <= MaxValueLength ? text : text[..(MaxValueLength - 1)] + "…";
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
