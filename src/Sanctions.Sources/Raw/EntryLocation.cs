using System.Globalization;
using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources.Raw;

/// <summary>
/// Where an entry was read, with the element path of an XML record made only when asked: a record's path
/// (<c>/sdnList/sdnEntry[123]</c>) is needed only for an issue, and most entries have none.
/// </summary>
/// <remarks>
/// Making the path string for every entry was a string per entry, and the entries that name links kept theirs until
/// the end of the file (<see cref="Mapping.LinkSource"/>): garbage that every collection of an import copied. The
/// path made later is the same text <see cref="XmlRecord.Path"/> gives.
/// </remarks>
internal readonly struct EntryLocation
{
    private readonly SourceLocation location;
    private readonly string? recordName;
    private readonly int recordIndex;

    /// <summary>A location known whole (CSV rows, JSON paths).</summary>
    public EntryLocation(SourceLocation location) => this.location = location;

    /// <summary>The location of an XML record: <paramref name="parentPath"/><c>/</c><paramref name="name"/><c>[</c><paramref name="index"/><c>]</c>, made when asked.</summary>
    public EntryLocation(string file, int line, string parentPath, string name, int index)
    {
        location = new SourceLocation(file, line, parentPath);
        recordName = name;
        recordIndex = index;
    }

    public static implicit operator EntryLocation(SourceLocation location) => new(location);

    /// <summary>The location, its path made now if it was left to be made.</summary>
    public SourceLocation ToLocation() =>
        recordName is null ? location : location with { Path = RecordPath(location.Path!, recordName, recordIndex) };

    /// <summary>The path of a record element: its parent's path, its name and its position among same-named siblings.</summary>
    public static string RecordPath(string parentPath, string name, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parentPath}/{name}[{index}]");
}
