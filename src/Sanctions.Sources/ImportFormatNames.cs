namespace Sanctions.Sources;

/// <summary>The command-line names of <see cref="ImportFormat"/> values (<c>ofac-sdn-csv</c>, <c>ofac-xml</c>, <c>un-xml</c>, <c>us-csl</c>, <c>ftm</c>, <c>bis-dpl</c>).</summary>
public static class ImportFormatNames
{
    private static readonly (string Name, ImportFormat Format)[] Names =
    [
        ("ofac-sdn-csv", ImportFormat.OfacSdnCsv), ("ofac-xml", ImportFormat.OfacXml), ("un-xml", ImportFormat.UnXml),
        ("us-csl", ImportFormat.UsCsl), ("ftm", ImportFormat.Ftm), ("bis-dpl", ImportFormat.BisDpl),
    ];

    /// <summary>Gets every command-line name, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.Select(n => n.Name)];

    /// <summary>Parses a command-line format name, ignoring case.</summary>
    /// <param name="name">The name, e.g. <c>un-xml</c>.</param>
    /// <param name="format">The format, when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? name, out ImportFormat format)
    {
        foreach (var (n, f) in Names)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                format = f;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>Gets the command-line name of a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>Its name, e.g. <c>ofac-sdn-csv</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not defined.</exception>
    public static string NameOf(ImportFormat format)
    {
        foreach (var (n, f) in Names)
        {
            if (f == format)
            {
                return n;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown import format.");
    }
}
