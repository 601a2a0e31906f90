namespace Checkpoint.Server.Infrastructure;

/// <summary>
/// Wakes a background loop early (a pub/sub message arrived) or lets it sleep until its poll interval.
/// Several wake-ups before the loop runs count as one: one pass handles everything so far.
/// </summary>
public sealed class WakeSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
    }

    /// <summary>Returns when woken or when <paramref name="timeout"/> has passed.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
