using System.Collections.Frozen;
using Checkpoint.Core.Checkpoints;
using Checkpoint.Redis;
using Checkpoint.Server.Infrastructure;
using StackExchange.Redis;

namespace Checkpoint.Server.Checkpoints;

/// <summary>
/// This instance's copy of the checkpoints, so that region filters cost no Redis round trip per alert. Loaded at
/// start, reloaded when any instance changes a checkpoint (pub/sub) and every few seconds in case a wake-up
/// was lost. Checkpoints are few, so a reload reads them all.
/// </summary>
public sealed class CheckpointDirectory(CheckpointStore store, ILogger<CheckpointDirectory> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);
    private readonly WakeSignal _wake = new();
    private FrozenDictionary<string, CheckpointSite> _sites = FrozenDictionary<string, CheckpointSite>.Empty;

    /// <summary>The region of a checkpoint, or null when the checkpoint is not registered.</summary>
    public string? RegionOf(string checkpointId) => _sites.GetValueOrDefault(checkpointId)?.Region;

    /// <summary>Reloads now: after a write through this instance, so its own next read sees it.</summary>
    public async Task ReloadAsync() =>
        _sites = (await store.ListAsync().ConfigureAwait(false)).ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var subscribed = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!subscribed)
                {
                    await store.SubscribeChangedAsync(_wake.Wake).ConfigureAwait(false);
                    subscribed = true;
                }

                await ReloadAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                logger.LogWarning(ex, "Checkpoint directory could not reach Redis; keeping {Count} known checkpoints", _sites.Count);
            }

            await _wake.WaitAsync(PollInterval, stoppingToken).ConfigureAwait(false);
        }
    }
}
