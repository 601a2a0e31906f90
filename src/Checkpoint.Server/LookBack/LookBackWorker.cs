using Checkpoint.Core.Alerts;
using Checkpoint.Core.Matching;
using Checkpoint.Core.Screening;
using Checkpoint.Redis;
using Checkpoint.Server.Infrastructure;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Checkpoint.Server.LookBack;

/// <summary>
/// When entries are added or changed, screens the travellers of the look-back window again against just those
/// entries, and raises a retroactive alert for each match: the suspect listed this morning who crossed
/// yesterday is not missed. Instances share the work through a consumer group on the watchlist change feed,
/// so each change is looked back on once, by one instance; a claim per screening and entry keeps a replayed
/// change from raising the same alert twice.
/// </summary>
public sealed class LookBackWorker(
    WatchlistStore watchlist, ScreeningLog screenings, AlertStore alerts, RedisKeys keys, IConnectionMultiplexer redis,
    Screener screener, IOptions<LookBackOptions> options, TimeProvider clock, ILogger<LookBackWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private readonly string _consumer = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";
    private readonly WakeSignal _wake = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var window = options.Value.Window;
        if (window <= TimeSpan.Zero)
        {
            return;
        }

        var ready = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!ready)
                {
                    await watchlist.EnsureLookBackGroupAsync().ConfigureAwait(false);
                    await redis.GetSubscriber().SubscribeAsync(keys.WatchlistChanged, (_, _) => _wake.Wake()).ConfigureAwait(false);
                    ready = true;
                }

                foreach (var (recordId, ids) in await watchlist.TakeLookBackWorkAsync(_consumer, 20).ConfigureAwait(false))
                {
                    if (ids.Length > 0)
                    {
                        await LookBackAsync(AlertId.Parse(recordId), ids, window).ConfigureAwait(false);
                    }

                    await watchlist.AcknowledgeLookBackAsync(recordId).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                logger.LogWarning(ex, "Look-back could not reach Redis; retrying");
            }

            await _wake.WaitAsync(PollInterval, stoppingToken).ConfigureAwait(false);
        }
    }

    // Screenings before the change were made without these entries; later ones already saw them.
    private async Task LookBackAsync(AlertId change, string[] entryIds, TimeSpan window)
    {
        var entries = await watchlist.GetManyAsync(entryIds).ConfigureAwait(false);
        if (entries.Count == 0)
        {
            return;
        }

        var index = new MatchIndex();
        index.ReplaceAll(entries, 0);
        var from = new AlertId(change.Milliseconds - (long)window.TotalMilliseconds, 0);
        var checkedCount = 0;
        var raised = 0;
        await foreach (var past in screenings.ReadAsync(from, change).ConfigureAwait(false))
        {
            checkedCount++;
            var outcome = screener.Screen(past.Query, index);
            if (outcome.Hits.Count == 0 || !await ClaimAsync(past, outcome, window).ConfigureAwait(false))
            {
                continue;
            }

            var alert = Alert.For(past.Query, outcome, past.ScreeningId, clock.GetUtcNow())! with { Retroactive = true, ScreenedAt = past.At };
            alert = await alerts.AppendAsync(alert).ConfigureAwait(false);
            raised++;
            Log.AlertRaised(logger, alert.AlertId, alert.CheckpointId, "retroactive " + alert.Decision, alert.Severity.ToString(), alert.Hits.Count);
        }

        Log.LookBackDone(logger, entries.Count, checkedCount, raised);
    }

    private async Task<bool> ClaimAsync(RecordedScreening past, ScreeningOutcome outcome, TimeSpan window)
    {
        var claimed = false;
        foreach (var hit in outcome.Hits)
        {
            claimed |= await alerts.ClaimRetroactiveAsync(past.ScreeningId, hit.EntryId, window).ConfigureAwait(false);
        }

        return claimed;
    }
}
