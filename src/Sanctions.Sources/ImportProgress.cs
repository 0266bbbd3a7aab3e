namespace Sanctions.Sources;

/// <summary>How far an import has got, for progress bars.</summary>
/// <param name="File">The file being read.</param>
/// <param name="RecordsRead">Records read so far, over all files.</param>
/// <param name="Publication">The 1-based publication being read.</param>
/// <param name="Publications">How many publications the import merges.</param>
public readonly record struct ImportProgress(string File, int RecordsRead, int Publication, int Publications);
