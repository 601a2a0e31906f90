using Checkpoint.Core.Alerts;
using Checkpoint.Core.Matching;
using Checkpoint.Core.Screening;
using Checkpoint.Core.Suppressions;
using Checkpoint.Redis;
using Checkpoint.Server.Infrastructure;
using Checkpoint.Server.LookBack;
using Microsoft.Extensions.Options;
using Checkpoint.Server.Watchlists;

namespace Checkpoint.Server.Screening;

/// <summary>The result of one screening: the verdict, its id, and the alert raised (null when CLEAR).</summary>
public sealed record ScreeningRecord(string ScreeningId, ScreeningOutcome Outcome, Alert? Alert);

/// <summary>
/// One screening end to end: bring the index up to date, screen, and store an alert for any hit before
/// answering, so that a terminal never shows a hit the supervisors cannot see.
/// </summary>
public sealed class TravellerScreening(
    WatchlistIndexFollower follower, MatchIndex index, Screener screener, AlertStore alerts, ScreeningLog log, SuppressionStore suppressions,
    IOptions<LookBackOptions> lookBack, TimeProvider clock, ILogger<TravellerScreening> logger)
{
    public async Task<ScreeningRecord> ScreenAsync(ScreeningQuery query, CancellationToken cancellationToken)
    {
        await follower.EnsureCurrentAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var findings = DocumentFindings.For(query.Document, query.MrzCheckDigitFailures, DateOnly.FromDateTime(now.UtcDateTime));
        var outcome = screener.Screen(query, index);
        if (outcome.Hits.Count > 0)
        {
            // One MGET: is any of these hits a pair a supervisor already found to be a false positive?
            var travellerKeys = TravellerKeys.For(query.Traveller, query.Document).Select(k => k.Key).ToList();
            var found = await suppressions.FindAsync(outcome.Hits.Select(h => h.EntryId), travellerKeys).ConfigureAwait(false);
            outcome = SuppressionRules.Apply(outcome, found, id => index.Find(id)?.Fingerprint, now);
        }

        outcome = DocumentFindings.Apply(outcome, findings);
        var screeningId = Guid.CreateVersion7().ToString("N");
        var alert = Alert.For(query, outcome, screeningId, now);

        // Kept for look-back, so an entry listed later is checked against this traveller. Stored before the
        // answer, like the alert: not cancellable.
        var recording = lookBack.Value.Window > TimeSpan.Zero
            ? log.RecordAsync(new RecordedScreening(screeningId, now, query), now - lookBack.Value.Window)
            : Task.CompletedTask;
        if (alert is not null)
        {
            // Deliberately not cancellable: once a hit is found, the alert must be stored even if the
            // terminal has given up waiting.
            alert = await alerts.AppendAsync(alert).ConfigureAwait(false);
            Log.AlertRaised(logger, alert.AlertId, alert.CheckpointId, alert.Decision.ToString(), alert.Severity.ToString(), alert.Hits.Count);
        }

        await recording.ConfigureAwait(false);
        return new ScreeningRecord(screeningId, outcome, alert);
    }
}
