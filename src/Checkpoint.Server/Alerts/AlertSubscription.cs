using System.Threading.Channels;
using Checkpoint.Core.Alerts;

namespace Checkpoint.Server.Alerts;

/// <summary>Ends a subscriber's stream when it has fallen further behind than its buffer allows.</summary>
public sealed class SubscriberTooSlowException(int capacity)
    : Exception($"The subscriber fell more than {capacity} alerts behind.")
{
    public int Capacity { get; } = capacity;
}

/// <summary>
/// One subscriber's bounded queue of live alerts. The reader never blocks on a slow subscriber: when the
/// queue is full the subscription is ended with <see cref="SubscriberTooSlowException"/>, after the queued
/// alerts have been read, so the subscriber can resume from the last one it got.
/// </summary>
public sealed class AlertSubscription : IDisposable
{
    private readonly Channel<Alert> _queue;
    private readonly Action<AlertSubscription> _onDispose;

    internal AlertSubscription(long id, AlertFilter filter, int capacity, Action<AlertSubscription> onDispose)
    {
        Id = id;
        Filter = filter;
        Capacity = capacity;
        _onDispose = onDispose;
        _queue = Channel.CreateBounded<Alert>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public long Id { get; }

    public AlertFilter Filter { get; }

    public int Capacity { get; }

    public ChannelReader<Alert> Reader => _queue.Reader;

    /// <summary>Queues the alert if it passes the filter; false when the subscriber has overflowed.</summary>
    internal bool Offer(Alert alert)
    {
        if (!Filter.Matches(alert))
        {
            return true;
        }

        if (_queue.Writer.TryWrite(alert))
        {
            return true;
        }

        _queue.Writer.TryComplete(new SubscriberTooSlowException(Capacity));
        return false;
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _onDispose(this);
    }
}
