using System.Collections.Frozen;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sanctions.Core.Compliance;
using Sanctions.Core.Serialization;
using Sanctions.Core.World;

namespace Sanctions.Hosting;

/// <summary>
/// Holds the world in service and replaces it, in one step, when its source changes: the world files (checked every
/// <see cref="SanctionsOptions.PollInterval"/> and on file system events) or <see cref="SanctionsOptions.Source"/>. A reload that fails
/// keeps the world in service.
/// </summary>
/// <remarks>
/// <para>Registered by <c>AddSanctions</c> as a singleton and as a hosted service: the host loads the first world when it starts (and
/// fails to start without one) and stops watching when it stops. Outside a host, the first read of <see cref="Current"/> loads the
/// world; call <see cref="StartAsync"/> to keep it current.</para>
/// <para>Time comes from the <see cref="TimeProvider"/> registered in the container (AddSanctions adds the system's when there is
/// none): a test drives polling and world age with a fake one.</para>
/// </remarks>
/// <threadsafety>Safe to use from any number of threads; reloads run one at a time.</threadsafety>
public sealed class SanctionsWorldProvider : IHostedService, IDisposable
{
    private readonly SanctionsOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly SanctionsMetrics metrics;
    private readonly SemaphoreSlim reloading = new(1, 1);
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly string sourceName;
    private SanctionsSnapshot? current;
    private FileStamp[]? loadedStamps;
    private FileStamp[]? failedStamps;
    private long confirmedAtTicks;
    private long generation;
    private ITimer? pollTimer;
    private ITimer? watchTimer;
    private bool disposed;

    /// <summary>Creates a provider; <c>AddSanctions</c> does this for you.</summary>
    /// <param name="options">The options.</param>
    /// <param name="metrics">The metrics to publish to.</param>
    /// <param name="time">The clock (AddSanctions registers <see cref="TimeProvider.System"/> unless the container has one).</param>
    /// <param name="logger">The logger; none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, <paramref name="metrics"/> or <paramref name="time"/> is null.</exception>
    /// <exception cref="OptionsValidationException">The options are not usable.</exception>
    public SanctionsWorldProvider(IOptions<SanctionsOptions> options, SanctionsMetrics metrics, TimeProvider time, ILogger<SanctionsWorldProvider>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(time);
        this.options = options.Value;
        var problems = this.options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Microsoft.Extensions.Options.Options.DefaultName, typeof(SanctionsOptions), problems);
        }

        this.metrics = metrics;
        this.time = time;
        this.logger = logger ?? (ILogger)NullLogger.Instance;
        sourceName = this.options.Source is null ? string.Join(", ", this.options.WorldFiles) : "source";
        metrics.Observe(this);
    }

    /// <summary>The world in service. The first read loads it when nothing has yet (outside a host, or before it started).</summary>
    /// <exception cref="InvalidOperationException">No world has ever loaded, and loading it now failed (the inner exception says why).</exception>
    public SanctionsSnapshot Current => Volatile.Read(ref current) ?? LoadFirst();

    /// <summary>The world in service, or <see langword="null"/> when none has loaded yet; never loads.</summary>
    public SanctionsSnapshot? CurrentOrNull => Volatile.Read(ref current);

    /// <summary>The last failed reload's error, or <see langword="null"/> when the last reload succeeded or found nothing new.</summary>
    public Exception? LastError { get; private set; }

    /// <summary>How long the world in service has gone without being confirmed current (loaded, or its source found unchanged);
    /// <see langword="null"/> when no world has loaded.</summary>
    public TimeSpan? WorldAge => current is null ? null : time.GetUtcNow() - new DateTimeOffset(Interlocked.Read(ref confirmedAtTicks), TimeSpan.Zero);

    /// <summary>The options in force.</summary>
    public SanctionsOptions Options => options;

    /// <summary>Raised after a new world is put in service, with the new snapshot (on the thread that reloaded).</summary>
    public event EventHandler<SanctionsSnapshot>? WorldChanged;

    /// <summary>Loads the world now, whether or not its source changed, and puts it in service if its content differs.</summary>
    /// <param name="cancellationToken">Cancels the load (the world in service stays).</param>
    /// <returns>What happened.</returns>
    public Task<WorldReloadResult> ReloadAsync(CancellationToken cancellationToken = default) => ReloadCoreAsync(force: true, cancellationToken);

    /// <summary>Loads the first world (failing when it cannot), then keeps it current by polling and watching as the options say.</summary>
    /// <param name="cancellationToken">Cancels the first load.</param>
    /// <returns>A task that completes once the first world is in service.</returns>
    /// <exception cref="InvalidOperationException">The first world could not be loaded (the inner exception says why).</exception>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (Volatile.Read(ref current) is null)
        {
            var first = await ReloadCoreAsync(force: true, cancellationToken).ConfigureAwait(false);
            if (first.Current is null)
            {
                throw new InvalidOperationException($"The sanctions world from {sourceName} could not be loaded: {first.Error?.Message}", first.Error);
            }
        }

        lock (watchers)
        {
            if (options.PollInterval != Timeout.InfiniteTimeSpan && pollTimer is null)
            {
                pollTimer = time.CreateTimer(_ => _ = ReloadCoreAsync(force: false, CancellationToken.None), null, options.PollInterval, options.PollInterval);
            }

            if (options.WatchFiles && options.Source is null && watchers.Count == 0)
            {
                Watch();
            }
        }
    }

    /// <summary>Stops polling and watching; the world in service stays.</summary>
    /// <param name="cancellationToken">Unused.</param>
    /// <returns>A completed task.</returns>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        StopWatching();
        return Task.CompletedTask;
    }

    /// <summary>Stops polling and watching.</summary>
    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            StopWatching();
            reloading.Dispose();
        }
    }

    private void StopWatching()
    {
        lock (watchers)
        {
            pollTimer?.Dispose();
            pollTimer = null;
            watchTimer?.Dispose();
            watchTimer = null;
            foreach (var watcher in watchers)
            {
                watcher.Dispose();
            }

            watchers.Clear();
        }
    }

    private SanctionsSnapshot LoadFirst()
    {
        var result = ReloadCoreAsync(force: true, CancellationToken.None).GetAwaiter().GetResult();
        return result.Current ?? throw new InvalidOperationException($"The sanctions world from {sourceName} could not be loaded: {result.Error?.Message}", result.Error);
    }

    private void Watch()
    {
        foreach (var directory in options.WorldFiles.Select(f => Path.GetDirectoryName(Path.GetFullPath(f))!).Distinct(StringComparer.Ordinal))
        {
            try
            {
                var watcher = new FileSystemWatcher(directory)
                {
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                };
                watcher.Changed += OnFileEvent;
                watcher.Created += OnFileEvent;
                watcher.Renamed += OnFileEvent;
                watcher.EnableRaisingEvents = true;
                watchers.Add(watcher);
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
            {
                Log.WatchFailed(logger, e, directory);
            }
        }
    }

    private void OnFileEvent(object sender, FileSystemEventArgs e)
    {
        if (!options.WorldFiles.Any(f => string.Equals(Path.GetFullPath(f), e.FullPath, StringComparison.Ordinal)))
        {
            return;
        }

        Log.WorldFileChanged(logger, e.FullPath, e.ChangeType, (long)options.WatchDelay.TotalMilliseconds);
        lock (watchers)
        {
            if (disposed)
            {
                return;
            }

            // One timer, pushed back by each event: a write that raises several events makes one reload.
            watchTimer ??= time.CreateTimer(_ => _ = ReloadCoreAsync(force: false, CancellationToken.None), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            watchTimer.Change(options.WatchDelay, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task<WorldReloadResult> ReloadCoreAsync(bool force, CancellationToken cancellationToken)
    {
        try
        {
            await reloading.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return new WorldReloadResult(WorldReloadOutcome.Unchanged, current, null);
        }

        try
        {
            return await ReloadLockedAsync(force, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (!disposed)
            {
                reloading.Release();
            }
        }
    }

    private async Task<WorldReloadResult> ReloadLockedAsync(bool force, CancellationToken cancellationToken)
    {
        var old = current;
        FileStamp[]? stamps = null;
        if (options.Source is null)
        {
            stamps = FileStamp.Of(options.WorldFiles);
            if (!force && old is not null && (Same(stamps, loadedStamps) || Same(stamps, failedStamps)))
            {
                if (Same(stamps, loadedStamps))
                {
                    Confirm();
                }

                return new WorldReloadResult(WorldReloadOutcome.Unchanged, old, LastError);
            }
        }

        var started = time.GetTimestamp();
        try
        {
            var world = await LoadAsync(cancellationToken).ConfigureAwait(false);
            var engine = new ComplianceEngine(world, options.Rules, options.Jurisdictions);
            var hash = engine.Data.ContentHash;
            loadedStamps = stamps;
            failedStamps = null;
            LastError = null;
            if (old is not null && string.Equals(old.ContentHash, hash, StringComparison.Ordinal))
            {
                Confirm();
                metrics.Reloaded(WorldReloadOutcome.Unchanged);
                Log.WorldUnchanged(logger, sourceName, hash, old.Generation);
                return new WorldReloadResult(WorldReloadOutcome.Unchanged, old, null);
            }

            var components = options.Components.ToFrozenDictionary(c => c.Type, c => c.Build(world));
            var snapshot = new SanctionsSnapshot(world, engine, time.GetUtcNow(), ++generation, sourceName, components);
            Volatile.Write(ref current, snapshot);
            Confirm();
            metrics.Reloaded(WorldReloadOutcome.Loaded);
            Log.WorldLoaded(logger, snapshot.Generation, world.Dataset.ToString(), sourceName, world.Parties.Length, world.Designations.Length, hash,
                (long)time.GetElapsedTime(started).TotalMilliseconds);
            WorldChanged?.Invoke(this, snapshot);
            return new WorldReloadResult(WorldReloadOutcome.Loaded, snapshot, null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            failedStamps = stamps;
            LastError = e;
            metrics.Reloaded(WorldReloadOutcome.Failed);
            if (old is null)
            {
                Log.WorldLoadFailed(logger, e, sourceName);
            }
            else
            {
                Log.WorldReloadFailed(logger, e, sourceName, old.Generation, old.ContentHash);
            }

            return new WorldReloadResult(WorldReloadOutcome.Failed, old, e);
        }
    }

    private void Confirm() => Interlocked.Exchange(ref confirmedAtTicks, time.GetUtcNow().UtcTicks);

    private async Task<SanctionsWorld> LoadAsync(CancellationToken cancellationToken)
    {
        if (options.Source is { } source)
        {
            return await source(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("SanctionsOptions.Source returned no world.");
        }

        var worlds = new List<SanctionsWorld>(options.WorldFiles.Count);
        foreach (var file in options.WorldFiles)
        {
            worlds.Add(await WorldJson.ReadFileAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false));
        }

        if (worlds.Count == 1)
        {
            return worlds[0];
        }

        var builder = new WorldBuilder { Dataset = worlds[0].Dataset };
        foreach (var world in worlds)
        {
            builder.AddWorld(world);
        }

        return builder.Build();
    }

    private static bool Same(FileStamp[] a, FileStamp[]? b) => b is not null && a.AsSpan().SequenceEqual(b);

    // What tells a file changed without reading it: its length and last write time (a rename over it changes both, or at least the time).
    private readonly record struct FileStamp(string Path, long Length, DateTime LastWriteUtc)
    {
        public static FileStamp[] Of(IEnumerable<string> paths) =>
        [
            .. paths.Select(p =>
            {
                var info = new FileInfo(p);
                return info.Exists ? new FileStamp(p, info.Length, info.LastWriteTimeUtc) : new FileStamp(p, -1, default);
            }),
        ];
    }
}
