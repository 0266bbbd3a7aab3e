using Microsoft.Extensions.Logging;

namespace Sanctions.Hosting;

// Event ids are part of the package's contract (docs/hosting.md lists them): operators filter and alert on them.
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "WorldLoaded", Level = LogLevel.Information,
        Message = "Sanctions world {Generation} in service: {Dataset} from {Source}, {Parties} parties, {Designations} designations, content hash {ContentHash}, loaded in {ElapsedMs} ms")]
    public static partial void WorldLoaded(ILogger logger, long generation, string dataset, string source, int parties, int designations, string contentHash, long elapsedMs);

    [LoggerMessage(EventId = 2, EventName = "WorldUnchanged", Level = LogLevel.Debug,
        Message = "Sanctions world from {Source} unchanged (content hash {ContentHash}); generation {Generation} stays in service")]
    public static partial void WorldUnchanged(ILogger logger, string source, string contentHash, long generation);

    [LoggerMessage(EventId = 3, EventName = "WorldReloadFailed", Level = LogLevel.Error,
        Message = "Sanctions world reload from {Source} failed; generation {Generation} (content hash {ContentHash}) stays in service")]
    public static partial void WorldReloadFailed(ILogger logger, Exception error, string source, long generation, string contentHash);

    [LoggerMessage(EventId = 4, EventName = "WorldLoadFailed", Level = LogLevel.Critical,
        Message = "Sanctions world from {Source} could not be loaded and no world is in service")]
    public static partial void WorldLoadFailed(ILogger logger, Exception error, string source);

    [LoggerMessage(EventId = 5, EventName = "WorldFileChanged", Level = LogLevel.Debug,
        Message = "Sanctions world file {Path} changed ({ChangeType}); reloading after {DelayMs} ms")]
    public static partial void WorldFileChanged(ILogger logger, string path, WatcherChangeTypes changeType, long delayMs);

    [LoggerMessage(EventId = 6, EventName = "WatchFailed", Level = LogLevel.Warning,
        Message = "Sanctions world files under {Directory} cannot be watched; changes are found by polling only")]
    public static partial void WatchFailed(ILogger logger, Exception error, string directory);
}
