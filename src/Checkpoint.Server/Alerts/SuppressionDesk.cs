using Checkpoint.Core.Suppressions;
using Checkpoint.Redis;

namespace Checkpoint.Server.Alerts;

/// <summary>Turns a FALSE_POSITIVE resolution into suppressions: one per hit and way of recognising the traveller.</summary>
public sealed class SuppressionDesk(SuppressionStore store, WatchlistStore watchlist, TimeProvider clock)
{
    public async Task<IReadOnlyList<Suppression>> SuppressAsync(Core.Alerts.Alert alert, string actor, string reason, TimeSpan duration)
    {
        var travellerKeys = TravellerKeys.For(alert.Traveller, alert.Document);
        var entries = await watchlist.GetManyAsync(alert.Hits.Select(h => h.EntryId).Distinct().ToArray()).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var created = entries.SelectMany(entry => travellerKeys.Select(key => new Suppression
        {
            Id = Guid.CreateVersion7().ToString("N"),
            EntryId = entry.Id,
            EntryFingerprint = EntryFingerprint.Of(entry),
            TravellerKey = key.Key,
            Traveller = key.Description,
            CreatedBy = actor,
            Reason = reason,
            CreatedAt = now,
            ExpiresAt = now + duration,
            AlertId = alert.AlertId,
        })).ToList();
        if (created.Count > 0)
        {
            await store.CreateAsync(created).ConfigureAwait(false);
        }

        return created;
    }
}
