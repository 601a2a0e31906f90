using Checkpoint.Core.Alerts;
using Checkpoint.Redis;

namespace Checkpoint.Server.Alerts;

/// <summary>
/// Applies supervisors' changes to alerts: reads the current state, lets <see cref="AlertLifecycle"/> decide,
/// and stores the result only if the alert is still at the version the supervisor saw. Stale versions raise
/// <see cref="AlertVersionConflictException"/>, changes that do not fit <see cref="AlertTransitionException"/>.
/// </summary>
public sealed class AlertDesk(AlertStore store, TimeProvider clock)
{
    /// <summary>Returns the changed alert with its history, or null when there is no such alert.</summary>
    public async Task<Alert?> ChangeAsync(AlertId id, long expectedVersion, Func<Alert, DateTimeOffset, Alert> change, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(id).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return null;
        }

        if (current.Version != expectedVersion)
        {
            throw new AlertVersionConflictException(current.AlertId, expectedVersion, current.Version);
        }

        // Checked again atomically by the store: another change may land between this read and the write.
        return await store.ChangeAsync(change(current, clock.GetUtcNow()), expectedVersion).ConfigureAwait(false);
    }
}
