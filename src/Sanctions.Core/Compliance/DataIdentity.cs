namespace Sanctions.Core.Compliance;

/// <summary>Which data a check used: enough for an auditor to find the same world again and reproduce the answer.</summary>
/// <param name="Dataset">The dataset's name, e.g. <c>sanctions-core-seed</c>.</param>
/// <param name="Version">Its version, if any.</param>
/// <param name="ContentHash">The hash of the world's content: <see cref="Serialization.WorldJson.ComputeContentHash"/>, the SHA-256 of its
/// canonical JSON Lines as 64 lowercase hexadecimal digits; equal worlds have equal hashes.</param>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record DataIdentity(string Dataset, string? Version, string ContentHash)
{
    /// <summary>Text such as <c>sanctions-core-seed 2025-11-01 (3f2a…)</c>.</summary>
    /// <returns>The identity as text.</returns>
    public override string ToString() => Version is null ? $"{Dataset} ({ContentHash})" : $"{Dataset} {Version} ({ContentHash})";
}
