using System.Diagnostics;
using Checkpoint.Core.Matching;
using Checkpoint.Core.Watchlist;
using Checkpoint.Redis;
using Checkpoint.Server.Infrastructure;
using StackExchange.Redis;

namespace Checkpoint.Server.Watchlists;

/// <summary>
/// Keeps this instance's <see cref="MatchIndex"/> in step with Redis: a full load at start-up (retried until
/// Redis answers), then the change feed, woken by pub/sub and by a periodic poll. Screening calls
/// <see cref="EnsureCurrentAsync"/> first, so a change written through any instance is seen by the next
/// screening on every instance (one GET of the version counter per screening).
/// </summary>
public sealed class WatchlistIndexFollower(
    WatchlistStore store, RedisKeys keys, IConnectionMultiplexer redis, MatchIndex index,
    ILogger<WatchlistIndexFollower> logger) : BackgroundService
{
    private const int ChangesPerRead = 1000;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly WakeSignal _wake = new();
    private FeedPosition _position;

    /// <summary>Brings the index up to the store's current version before a screening.</summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        if (!index.IsLoaded)
        {
            throw new ServiceUnavailableException("The watchlist index is still loading; retry shortly.");
        }

        var storeVersion = await store.GetVersionAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        if (storeVersion != index.Version)
        {
            await CatchUpAsync(storeVersion, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delayMs = 500;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await redis.GetSubscriber().SubscribeAsync(keys.WatchlistChanged, (_, _) => _wake.Wake()).ConfigureAwait(false);
                await _gate.WaitAsync(stoppingToken).ConfigureAwait(false);
                try
                {
                    await LoadAsync(stoppingToken).ConfigureAwait(false);
                }
                finally
                {
                    _gate.Release();
                }

                break;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                Log.IndexStoreUnreachable(logger, ex, delayMs);
                await Task.Delay(delayMs, stoppingToken).ConfigureAwait(false);
                delayMs = Math.Min(delayMs * 2, 5000);
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await _wake.WaitAsync(PollInterval, stoppingToken).ConfigureAwait(false);
            try
            {
                var storeVersion = await store.GetVersionAsync().ConfigureAwait(false);
                if (storeVersion != index.Version)
                {
                    await CatchUpAsync(storeVersion, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                Log.IndexStoreUnreachable(logger, ex, (int)PollInterval.TotalMilliseconds);
            }
        }
    }

    private async Task CatchUpAsync(long storeVersion, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (storeVersion < index.Version)
            {
                Log.IndexStoreReset(logger, index.Version, storeVersion);
                await LoadAsync(cancellationToken).ConfigureAwait(false);
            }

            // Another caller may have caught up while this one waited for the gate.
            while (index.Version < storeVersion)
            {
                var batch = await store.ReadChangesAsync(_position, ChangesPerRead).ConfigureAwait(false);
                if (batch is null)
                {
                    break;
                }

                if (batch.FirstVersion != _position.Version + 1)
                {
                    // The feed was trimmed past our position: only a full load is safe.
                    Log.IndexFeedGap(logger, _position.Version, batch.FirstVersion);
                    await LoadAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                index.Apply(batch.Changes, batch.Position.Version);
                _position = batch.Position;
                Log.IndexCaughtUp(logger, batch.Changes.Count, _position.Version);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    // Callers hold the gate. Loading after taking the feed position means changes made during the load are
    // replayed afterwards; replaying is idempotent, so overlap is harmless and nothing is missed.
    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Log.IndexLoading(logger);
        var started = Stopwatch.GetTimestamp();
        var position = await store.GetFeedPositionAsync().ConfigureAwait(false);
        var entries = new List<WatchlistEntry>();
        await foreach (var entry in store.ReadAllAsync().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(entry);
            if (entries.Count % 50_000 == 0)
            {
                Log.IndexLoadProgress(logger, entries.Count);
            }
        }

        index.ReplaceAll(entries, position.Version);
        _position = position;
        Log.IndexLoaded(logger, entries.Count, position.Version, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
