using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Checkpoint.Core.Suppressions;
using StackExchange.Redis;

namespace Checkpoint.Redis;

/// <summary>
/// Suppressions: one expiring key per (entry, traveller), found with one MGET per screening; plus an index
/// of them for listing and revoking. Expiry is Redis's own, so an expired suppression simply is not there.
/// </summary>
public sealed class SuppressionStore(IConnectionMultiplexer redis, RedisKeys keys)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private IDatabase Db => redis.GetDatabase();

    public async Task CreateAsync(IReadOnlyCollection<Suppression> suppressions)
    {
        var batch = Db.CreateBatch();
        var writes = new List<Task>();
        foreach (var s in suppressions)
        {
            var key = Key(s.EntryId, s.TravellerKey);
            writes.Add(batch.StringSetAsync(key, JsonSerializer.Serialize(s, Json), s.ExpiresAt - DateTimeOffset.UtcNow));
            writes.Add(batch.HashSetAsync(keys.Suppressions, s.Id, key.ToString()));
        }

        batch.Execute();
        await Task.WhenAll(writes).ConfigureAwait(false);
    }

    /// <summary>The live suppressions for any of these entries and traveller keys, in one round trip.</summary>
    public async Task<IReadOnlyList<Suppression>> FindAsync(IEnumerable<string> entryIds, IReadOnlyList<string> travellerKeys)
    {
        var wanted = entryIds.SelectMany(e => travellerKeys.Select(t => Key(e, t))).ToArray();
        if (wanted.Length == 0)
        {
            return [];
        }

        var values = await Db.StringGetAsync(wanted).ConfigureAwait(false);
        return values.Where(v => !v.IsNull).Select(v => JsonSerializer.Deserialize<Suppression>(v.ToString(), Json)!).ToList();
    }

    /// <summary>Live suppressions, optionally of one entry; index rows of expired ones are cleaned up on the way.</summary>
    public async Task<IReadOnlyList<Suppression>> ListAsync(string? entryId)
    {
        var index = await Db.HashGetAllAsync(keys.Suppressions).ConfigureAwait(false);
        if (index.Length == 0)
        {
            return [];
        }

        var values = await Db.StringGetAsync(index.Select(i => (RedisKey)i.Value.ToString()).ToArray()).ConfigureAwait(false);
        var expired = index.Where((_, i) => values[i].IsNull).Select(i => i.Name).ToArray();
        if (expired.Length > 0)
        {
            await Db.HashDeleteAsync(keys.Suppressions, expired).ConfigureAwait(false);
        }

        return values.Where(v => !v.IsNull).Select(v => JsonSerializer.Deserialize<Suppression>(v.ToString(), Json)!)
            .Where(s => entryId is null || s.EntryId == entryId).OrderBy(s => s.CreatedAt).ToList();
    }

    /// <summary>False when there is no such live suppression.</summary>
    public async Task<bool> RevokeAsync(string id)
    {
        var key = await Db.HashGetAsync(keys.Suppressions, id).ConfigureAwait(false);
        if (key.IsNull)
        {
            return false;
        }

        var deleted = await Db.KeyDeleteAsync(key.ToString()).ConfigureAwait(false);
        await Db.HashDeleteAsync(keys.Suppressions, id).ConfigureAwait(false);
        return deleted;
    }

    // Traveller keys hold names and numbers: hashed, so keys stay short and carry no personal data.
    private RedisKey Key(string entryId, string travellerKey) =>
        keys.Suppression(entryId, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(travellerKey)))[..32]);
}
