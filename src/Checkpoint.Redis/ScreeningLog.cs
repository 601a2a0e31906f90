using Checkpoint.Core.Alerts;
using Checkpoint.Core.Screening;
using StackExchange.Redis;

namespace Checkpoint.Redis;

/// <summary>
/// Every screening, kept for the look-back window in a Redis Stream (trimmed by time as it is appended), so
/// that an entry listed today can be checked against yesterday's travellers.
/// </summary>
public sealed class ScreeningLog(IConnectionMultiplexer redis, RedisKeys keys)
{
    private IDatabase Db => redis.GetDatabase();

    /// <summary>Records the screening and drops those older than <paramref name="keepSince"/>.</summary>
    public Task RecordAsync(RecordedScreening screening, DateTimeOffset keepSince) =>
        Db.ExecuteAsync("XADD", keys.Screenings, "MINID", "~", new AlertId(keepSince.ToUnixTimeMilliseconds(), 0).ToString(), "*",
            "s", StoredJson.Write(screening));

    /// <summary>Screenings with stream ids in [<paramref name="from"/>, <paramref name="before"/>), oldest first, a page at a time.</summary>
    public async IAsyncEnumerable<RecordedScreening> ReadAsync(AlertId from, AlertId before, int pageSize = 500)
    {
        var next = from;
        while (true)
        {
            var entries = await Db.StreamRangeAsync(keys.Screenings, next.ToString(), "+", pageSize).ConfigureAwait(false);
            foreach (var entry in entries)
            {
                var id = AlertId.Parse(entry.Id.ToString());
                if (id >= before)
                {
                    yield break;
                }

                yield return StoredJson.ReadScreening(entry["s"].ToString());
                next = id with { Sequence = id.Sequence + 1 };
            }

            if (entries.Length < pageSize)
            {
                yield break;
            }
        }
    }
}
