namespace Checkpoint.Redis;

/// <summary>
/// Lua scripts for watchlist writes. A write, its version bump and its change record happen in one script,
/// so followers never see an entry change without its change record, nor the other way round.
/// KEYS for all: 1 entries, 2 entry-lists, 3 ids, 4 by-list, 5 version, 6 changes.
/// </summary>
internal static class WatchlistScripts
{
    /// <summary>ARGV: 1 change feed max length, 2 channel, then (id, list, json) triples. Returns the new version.</summary>
    public const string Upsert = """
        local ids = {}
        for i = 3, #ARGV, 3 do
          local id, list, json = ARGV[i], ARGV[i + 1], ARGV[i + 2]
          local old = redis.call('HGET', KEYS[2], id)
          if old and old ~= list then
            redis.call('ZREM', KEYS[4], old .. '\n' .. id)
          end
          redis.call('HSET', KEYS[1], id, json)
          redis.call('HSET', KEYS[2], id, list)
          redis.call('ZADD', KEYS[3], 0, id)
          redis.call('ZADD', KEYS[4], 0, list .. '\n' .. id)
          ids[#ids + 1] = id
        end
        local version = redis.call('INCR', KEYS[5])
        redis.call('XADD', KEYS[6], 'MAXLEN', '~', ARGV[1], '*', 'op', 'upsert', 'v', version, 'ids', table.concat(ids, '\n'))
        redis.call('PUBLISH', ARGV[2], version)
        return version
        """;

    /// <summary>ARGV: 1 change feed max length, 2 channel, 3 id. Returns the new version, or -1 when there was no such entry.</summary>
    public const string Delete = """
        local id = ARGV[3]
        local list = redis.call('HGET', KEYS[2], id)
        if not list then
          return -1
        end
        redis.call('HDEL', KEYS[1], id)
        redis.call('HDEL', KEYS[2], id)
        redis.call('ZREM', KEYS[3], id)
        redis.call('ZREM', KEYS[4], list .. '\n' .. id)
        local version = redis.call('INCR', KEYS[5])
        redis.call('XADD', KEYS[6], 'MAXLEN', '~', ARGV[1], '*', 'op', 'delete', 'v', version, 'ids', id)
        redis.call('PUBLISH', ARGV[2], version)
        return version
        """;

    /// <summary>KEYS: 1 version, 2 changes. Returns {version, last change id}, read atomically.</summary>
    public const string Snapshot = """
        local version = tonumber(redis.call('GET', KEYS[1]) or '0')
        local last = redis.call('XREVRANGE', KEYS[2], '+', '-', 'COUNT', 1)
        local lastId = '0-0'
        if #last > 0 then
          lastId = last[1][1]
        end
        return {version, lastId}
        """;
}
