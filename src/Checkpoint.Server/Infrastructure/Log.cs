using Grpc.Core;

namespace Checkpoint.Server.Infrastructure;

/// <summary>The server's log events, source-generated so hot paths do no formatting work when disabled.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "RPC {Method} {Status} in {ElapsedMs:0.0} ms from {Peer} {Detail}")]
    public static partial void RpcCompleted(ILogger logger, string method, StatusCode status, double elapsedMs, string peer, string? detail);

    [LoggerMessage(2, LogLevel.Warning, "RPC {Method} {Status} in {ElapsedMs:0.0} ms from {Peer} {Detail}")]
    public static partial void RpcFailed(ILogger logger, string method, StatusCode status, double elapsedMs, string peer, string? detail);

    [LoggerMessage(3, LogLevel.Error, "Unexpected error in {Method}")]
    public static partial void UnexpectedError(ILogger logger, Exception exception, string method);

    [LoggerMessage(10, LogLevel.Information, "Watchlist index loading from Redis")]
    public static partial void IndexLoading(ILogger logger);

    [LoggerMessage(11, LogLevel.Information, "Watchlist index loading: {Count} entries so far")]
    public static partial void IndexLoadProgress(ILogger logger, int count);

    [LoggerMessage(12, LogLevel.Information, "Watchlist index loaded: {Count} entries at version {Version} in {ElapsedMs:0} ms")]
    public static partial void IndexLoaded(ILogger logger, int count, long version, double elapsedMs);

    [LoggerMessage(13, LogLevel.Warning, "Watchlist index could not reach Redis; retrying in {DelayMs} ms")]
    public static partial void IndexStoreUnreachable(ILogger logger, Exception exception, int delayMs);

    [LoggerMessage(14, LogLevel.Warning, "Watchlist change feed has a gap (index at {IndexVersion}, next change {NextVersion}); reloading")]
    public static partial void IndexFeedGap(ILogger logger, long indexVersion, long nextVersion);

    [LoggerMessage(15, LogLevel.Warning, "Watchlist version went back from {IndexVersion} to {StoreVersion} (store reset?); reloading")]
    public static partial void IndexStoreReset(ILogger logger, long indexVersion, long storeVersion);

    [LoggerMessage(16, LogLevel.Debug, "Watchlist index applied {Count} changes, now at version {Version}")]
    public static partial void IndexCaughtUp(ILogger logger, int count, long version);

    [LoggerMessage(20, LogLevel.Information, "Alert reader started after alert {AlertId}")]
    public static partial void AlertReaderStarted(ILogger logger, string alertId);

    [LoggerMessage(21, LogLevel.Warning, "Alert reader could not read the alert stream; retrying")]
    public static partial void AlertReaderFailed(ILogger logger, Exception exception);

    [LoggerMessage(22, LogLevel.Warning, "Alert subscriber {SubscriberId} fell {Capacity} alerts behind; ending its stream")]
    public static partial void SubscriberOverflow(ILogger logger, long subscriberId, int capacity);

    [LoggerMessage(23, LogLevel.Information, "Alert {AlertId} raised at {CheckpointId}: {Decision} {Severity} with {HitCount} hits")]
    public static partial void AlertRaised(ILogger logger, string alertId, string checkpointId, string decision, string severity, int hitCount);

    [LoggerMessage(24, LogLevel.Information, "Alert subscriber {SubscriberId} joined (resume after {ResumeAfter})")]
    public static partial void SubscriberJoined(ILogger logger, long subscriberId, string resumeAfter);

    [LoggerMessage(25, LogLevel.Information, "Alert retention removed {Count} alert events raised before {Cutoff}")]
    public static partial void AlertsTrimmed(ILogger logger, long count, DateTimeOffset cutoff);

    [LoggerMessage(26, LogLevel.Warning, "Alert retention sweep could not reach Redis; will retry")]
    public static partial void AlertRetentionFailed(ILogger logger, Exception exception);

    [LoggerMessage(27, LogLevel.Information, "Look-back: {EntryCount} new or changed entries checked against {ScreeningCount} past screenings, {Raised} retroactive alerts")]
    public static partial void LookBackDone(ILogger logger, int entryCount, int screeningCount, int raised);

    [LoggerMessage(30, LogLevel.Warning, "Redis is unreachable: health NOT_SERVING")]
    public static partial void StoreDown(ILogger logger);

    [LoggerMessage(31, LogLevel.Information, "Redis is reachable and the index loaded: health SERVING")]
    public static partial void StoreUp(ILogger logger);

    [LoggerMessage(40, LogLevel.Information, "Import progress: {Accepted} accepted, {Rejected} rejected")]
    public static partial void ImportProgress(ILogger logger, int accepted, int rejected);

    [LoggerMessage(41, LogLevel.Information, "Watchlist {Operation}: {Count} entries, version now {Version}")]
    public static partial void WatchlistWritten(ILogger logger, string operation, int count, long version);
}
