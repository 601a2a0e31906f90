using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Checkpoint.Core.Alerts;
using Checkpoint.Redis;
using Checkpoint.Server.Infrastructure;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Checkpoint.Server.Alerts;

/// <summary>
/// This instance's one reader of the alert stream. StackExchange.Redis cannot do blocking XREAD on its
/// shared connection, so the reader does non-blocking range reads from its last id, woken by the pub/sub
/// message every append publishes, with a periodic poll in case a wake-up is lost. Each alert read is
/// offered to every local subscriber, whose own filter decides.
/// </summary>
public sealed class AlertHub(AlertStore store, IOptions<AlertOptions> options, ILogger<AlertHub> logger) : BackgroundService
{
    private const int ReadBatch = 500;
    private readonly ConcurrentDictionary<long, AlertSubscription> _subscribers = new();
    private readonly WakeSignal _wake = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextSubscriberId;

    /// <summary>
    /// Registers a subscriber: from now on every alert this instance reads is offered to it. Dispose the
    /// subscription to leave.
    /// </summary>
    public async Task<AlertSubscription> SubscribeAsync(AlertFilter filter, CancellationToken cancellationToken)
    {
        await WaitStartedAsync(cancellationToken).ConfigureAwait(false);
        return Register(filter);
    }

    /// <summary>
    /// Streams a subscription's alerts: with <paramref name="resumeAfter"/>, first those stored after it, then
    /// live ones, with no gap and no duplicate. The subscription was registered before this replay, so alerts
    /// raised during it are queued, not lost; the queue may repeat replayed alerts, which the id check drops.
    /// </summary>
    public async IAsyncEnumerable<Alert> ReadAsync(
        AlertSubscription subscription, AlertId? resumeAfter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = subscription.Filter;
        Log.SubscriberJoined(logger, subscription.Id, resumeAfter?.ToString() ?? "none");
        var last = resumeAfter ?? default;
        if (resumeAfter is not null)
        {
            while (true)
            {
                var page = await store.ReadAfterAsync(last, ReadBatch).WaitAsync(cancellationToken).ConfigureAwait(false);
                foreach (var alert in page)
                {
                    last = AlertId.Parse(alert.EventId);
                    if (filter.Matches(alert))
                    {
                        yield return alert;
                    }
                }

                if (page.Count < ReadBatch)
                {
                    break;
                }
            }
        }

        await foreach (var alert in subscription.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = AlertId.Parse(alert.EventId);
            if (id <= last)
            {
                continue;
            }

            last = id;
            yield return alert;
        }
    }

    /// <summary>How many subscribers this instance is serving.</summary>
    public int SubscriberCount => _subscribers.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pollInterval = TimeSpan.FromMilliseconds(options.Value.PollIntervalMilliseconds);
        var last = await StartAsync(pollInterval, stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                IReadOnlyList<Alert> page;
                do
                {
                    page = await store.ReadAfterAsync(last, ReadBatch).ConfigureAwait(false);
                    foreach (var alert in page)
                    {
                        Dispatch(alert);
                        last = AlertId.Parse(alert.EventId);
                    }
                }
                while (page.Count == ReadBatch);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                Log.AlertReaderFailed(logger, ex);
            }

            await _wake.WaitAsync(pollInterval, stoppingToken).ConfigureAwait(false);
        }
    }

    // Starts after the newest stored alert: live subscribers want what comes next, and resuming ones
    // replay older alerts from the store themselves.
    private async Task<AlertId> StartAsync(TimeSpan retryDelay, CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await store.SubscribeRaisedAsync(_wake.Wake).ConfigureAwait(false);
                var last = await store.LatestIdAsync().ConfigureAwait(false);
                Log.AlertReaderStarted(logger, last.ToString());
                _started.TrySetResult();
                return last;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                Log.AlertReaderFailed(logger, ex);
                await Task.Delay(retryDelay, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task WaitStartedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _started.Task.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new ServiceUnavailableException("The alert stream is not available yet (Redis unreachable?); retry shortly.");
        }
    }

    private AlertSubscription Register(AlertFilter filter)
    {
        var id = Interlocked.Increment(ref _nextSubscriberId);
        var subscription = new AlertSubscription(id, filter, options.Value.SubscriberBufferSize, s => _subscribers.TryRemove(s.Id, out _));
        _subscribers[id] = subscription;
        return subscription;
    }

    private void Dispatch(Alert alert)
    {
        foreach (var subscription in _subscribers.Values)
        {
            if (!subscription.Offer(alert))
            {
                _subscribers.TryRemove(subscription.Id, out _);
                Log.SubscriberOverflow(logger, subscription.Id, subscription.Capacity);
            }
        }
    }
}
