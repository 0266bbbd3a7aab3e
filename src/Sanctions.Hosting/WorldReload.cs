namespace Sanctions.Hosting;

/// <summary>What a reload did.</summary>
public enum WorldReloadOutcome
{
    /// <summary>A new world was loaded and put in service.</summary>
    Loaded,

    /// <summary>The source had not changed (same files, or a world with the same content hash): the world in service stays.</summary>
    Unchanged,

    /// <summary>The new world could not be loaded or built: the world in service (if any) stays.</summary>
    Failed,
}

/// <summary>The result of a reload.</summary>
/// <param name="Outcome">What the reload did.</param>
/// <param name="Current">The world in service after the reload; <see langword="null"/> only when no world has ever loaded.</param>
/// <param name="Error">Why the reload failed, when it did.</param>
public sealed record WorldReloadResult(WorldReloadOutcome Outcome, SanctionsSnapshot? Current, Exception? Error);
