using System.Collections.ObjectModel;
using Sanctions.Core.Compliance;
using Sanctions.Core.World;

namespace Sanctions.Hosting;

/// <summary>
/// Where the world comes from and how it is kept current: set in <c>services.AddSanctions(o =&gt; …)</c> and checked when the app
/// starts (<see cref="SanctionsWorldProvider"/> refuses to start on options it cannot honour).
/// </summary>
/// <remarks>
/// <para>Give either <see cref="WorldFiles"/> (world files in the project's JSON format, merged when there are several) or
/// <see cref="Source"/> (your own loader: an import of published lists with Sanctions.Sources, a download, a database), not both.</para>
/// <para>Files are checked for change every <see cref="PollInterval"/> and, when <see cref="WatchFiles"/> is on, as soon as the file
/// system reports a change (after <see cref="WatchDelay"/>, so that a file being written is read whole). A <see cref="Source"/> is run
/// again every <see cref="PollInterval"/>. The world in service is replaced only when the new one loads, validates and has other
/// content (another content hash); otherwise the old one stays.</para>
/// </remarks>
public sealed class SanctionsOptions
{
    /// <summary>The world files (<c>.json</c>, <c>.jsonl</c> or <c>.ndjson</c>) to load and merge, in order. Replace a file by writing a new
    /// one beside it and renaming it over the old one: a half-written file fails to load and the old world stays in service.</summary>
    public Collection<string> WorldFiles { get; } = [];

    /// <summary>Your own loader of the world, run at start and every <see cref="PollInterval"/>; <see langword="null"/> when
    /// <see cref="WorldFiles"/> are used. It may throw: the old world stays in service and the failure is logged and reported by the
    /// health check.</summary>
    public Func<CancellationToken, Task<SanctionsWorld>>? Source { get; set; }

    /// <summary>How often the files are checked for change (or the <see cref="Source"/> run again); <see cref="Timeout.InfiniteTimeSpan"/>
    /// for never. Default: one minute.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether to reload as soon as the file system reports a change to a world file (in addition to polling). Default: on.</summary>
    public bool WatchFiles { get; set; } = true;

    /// <summary>How long to wait after a file system event before reloading, so that several events of one write make one reload.
    /// Default: one second.</summary>
    public TimeSpan WatchDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the world in service may go without being confirmed current (loaded, or its source found unchanged) before
    /// the health check reports it degraded. Default: one day.</summary>
    public TimeSpan MaxWorldAge { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The compliance rules of the engine; <see langword="null"/> for <see cref="ComplianceEngine.DefaultRules"/>.</summary>
    public IReadOnlyList<IComplianceRule>? Rules { get; set; }

    /// <summary>Which authorities bind which caller; <see langword="null"/> for <see cref="JurisdictionMap.Default"/>.</summary>
    public JurisdictionMap? Jurisdictions { get; set; }

    /// <summary>Builders of the things derived from each world (a name-screening index, say), run on every new world before it is put in
    /// service; see <see cref="SanctionsBuilder.AddWorldComponent{T}"/>.</summary>
    internal List<(Type Type, Func<SanctionsWorld, object> Build)> Components { get; } = [];

    /// <summary>Every problem of these options, in words; empty when they are usable.</summary>
    internal IEnumerable<string> Problems()
    {
        if (WorldFiles.Count == 0 && Source is null)
        {
            yield return "Sanctions: no world to load: add a world file to WorldFiles or set Source.";
        }

        if (WorldFiles.Count > 0 && Source is not null)
        {
            yield return "Sanctions: both WorldFiles and Source are set; give one of them.";
        }

        foreach (var file in WorldFiles)
        {
            if (string.IsNullOrWhiteSpace(file))
            {
                yield return "Sanctions: WorldFiles holds an empty path.";
                continue;
            }

            var extension = Path.GetExtension(file);
            if (!extension.Equals(".json", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase)
                && !extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"Sanctions: world file '{file}' is not .json, .jsonl or .ndjson.";
            }
            else if (!File.Exists(file))
            {
                yield return $"Sanctions: world file '{Path.GetFullPath(file)}' does not exist.";
            }
        }

        if (PollInterval != Timeout.InfiniteTimeSpan && PollInterval <= TimeSpan.Zero)
        {
            yield return $"Sanctions: PollInterval must be positive or Timeout.InfiniteTimeSpan; it is {PollInterval}.";
        }

        if (WatchDelay < TimeSpan.Zero)
        {
            yield return $"Sanctions: WatchDelay must not be negative; it is {WatchDelay}.";
        }

        if (MaxWorldAge <= TimeSpan.Zero)
        {
            yield return $"Sanctions: MaxWorldAge must be positive; it is {MaxWorldAge}.";
        }
    }
}
