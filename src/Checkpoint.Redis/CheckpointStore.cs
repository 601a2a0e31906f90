using System.Text.Json;
using Checkpoint.Core.Checkpoints;
using StackExchange.Redis;

namespace Checkpoint.Redis;

/// <summary>Checkpoints and their regions: one small hash, with a wake-up for every instance's directory on change.</summary>
public sealed class CheckpointStore(IConnectionMultiplexer redis, RedisKeys keys)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private IDatabase Db => redis.GetDatabase();

    public async Task UpsertAsync(CheckpointSite site)
    {
        var batch = Db.CreateBatch();
        var set = batch.HashSetAsync(keys.Checkpoints, site.Id, JsonSerializer.Serialize(site, Json));
        var publish = batch.PublishAsync(keys.CheckpointsChanged, site.Id);
        batch.Execute();
        await Task.WhenAll(set, publish).ConfigureAwait(false);
    }

    /// <summary>False when there was no such checkpoint.</summary>
    public async Task<bool> DeleteAsync(string id)
    {
        var deleted = await Db.HashDeleteAsync(keys.Checkpoints, id).ConfigureAwait(false);
        if (deleted)
        {
            await Db.PublishAsync(keys.CheckpointsChanged, id).ConfigureAwait(false);
        }

        return deleted;
    }

    /// <summary>Every checkpoint (there are hundreds, not millions), in id order.</summary>
    public async Task<IReadOnlyList<CheckpointSite>> ListAsync()
    {
        var all = await Db.HashGetAllAsync(keys.Checkpoints).ConfigureAwait(false);
        return all.Select(e => JsonSerializer.Deserialize<CheckpointSite>(e.Value.ToString(), Json)!)
            .OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Calls <paramref name="onChanged"/> whenever any instance changes a checkpoint.</summary>
    public Task SubscribeChangedAsync(Action onChanged) =>
        redis.GetSubscriber().SubscribeAsync(keys.CheckpointsChanged, (_, _) => onChanged());
}
