using Checkpoint.Redis;
using Checkpoint.Server.Infrastructure;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Checkpoint.Server.Alerts;

/// <summary>
/// Deletes alerts older than <see cref="AlertOptions.Retention"/> from Redis, periodically. Every instance runs
/// it; trimming is idempotent, so running it twice does no harm and no instance has to be the leader.
/// </summary>
public sealed class AlertRetention(AlertStore store, IOptions<AlertOptions> options, TimeProvider clock, ILogger<AlertRetention> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.RetentionSweepInterval;
        using var timer = new PeriodicTimer(interval > TimeSpan.Zero ? interval : TimeSpan.FromMinutes(10), clock);
        do
        {
            try
            {
                var cutoff = clock.GetUtcNow() - options.Value.Retention;
                var removed = await store.TrimOlderThanAsync(cutoff).ConfigureAwait(false);
                if (removed > 0)
                {
                    Log.AlertsTrimmed(logger, removed, cutoff);
                }
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                Log.AlertRetentionFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
