using System.Buffers.Text;
using System.Text;
using Checkpoint.Core.Matching;
using Checkpoint.Core.Watchlist;
using StackExchange.Redis;

namespace Checkpoint.Redis;

/// <summary>A page of entries and the token for the next one (empty on the last page).</summary>
public sealed record EntryPage(IReadOnlyList<WatchlistEntry> Entries, string NextPageToken);

/// <summary>Where the change feed stood at a moment: the version and the id of the last change record.</summary>
public readonly record struct FeedPosition(long Version, string ChangeId);

/// <summary>A batch of changes read from the feed, ready for the index, and where the feed now stands.</summary>
public sealed record ChangeBatch(IReadOnlyList<IndexChange> Changes, FeedPosition Position, long FirstVersion);

/// <summary>Watchlist entries in Redis, and the change feed that keeps every server's match index current.</summary>
public sealed class WatchlistStore(IConnectionMultiplexer redis, RedisKeys keys, RedisStoreOptions options)
{
    private IDatabase Db => redis.GetDatabase();

    private RedisKey[] WriteKeys =>
        [keys.Entries, keys.EntryLists, keys.EntryIds, keys.EntriesByList, keys.WatchlistVersion, keys.WatchlistChanges];

    /// <summary>Stores the entries (all or nothing) and returns the new watchlist version.</summary>
    public async Task<long> UpsertAsync(IReadOnlyCollection<WatchlistEntry> entries)
    {
        var args = new List<RedisValue>(2 + entries.Count * 3) { options.ChangeFeedMaxLength, keys.WatchlistChanged.ToString() };
        foreach (var entry in entries)
        {
            args.Add(entry.Id);
            args.Add(entry.List);
            args.Add(StoredJson.Write(entry));
        }

        var result = await Db.ScriptEvaluateAsync(WatchlistScripts.Upsert, WriteKeys, [.. args]).ConfigureAwait(false);
        return (long)result;
    }

    /// <summary>Deletes an entry; returns the new version, or null when there was no such entry.</summary>
    public async Task<long?> DeleteAsync(string id)
    {
        var result = (long)await Db.ScriptEvaluateAsync(WatchlistScripts.Delete, WriteKeys,
            [options.ChangeFeedMaxLength, keys.WatchlistChanged.ToString(), id]).ConfigureAwait(false);
        return result < 0 ? null : result;
    }

    public async Task<WatchlistEntry?> GetAsync(string id)
    {
        var json = await Db.HashGetAsync(keys.Entries, id).ConfigureAwait(false);
        return json.IsNull ? null : StoredJson.ReadEntry(json.ToString());
    }

    public async Task<long> GetVersionAsync()
    {
        var value = await Db.StringGetAsync(keys.WatchlistVersion).ConfigureAwait(false);
        return value.IsNull ? 0 : (long)value;
    }

    /// <summary>A page of entries in id order, optionally of one list. The page token is opaque to callers.</summary>
    public async Task<EntryPage> ListAsync(string? list, int pageSize, string pageToken)
    {
        var after = DecodePageToken(pageToken);
        // SE.Redis adds the "[" / "(" of ZRANGEBYLEX itself from Exclude; a null bound means "-" or "+".
        RedisKey key;
        RedisValue min, max = RedisValue.Null;
        var exclude = after is null ? Exclude.None : Exclude.Start;
        if (string.IsNullOrEmpty(list))
        {
            key = keys.EntryIds;
            min = after ?? RedisValue.Null;
        }
        else
        {
            key = keys.EntriesByList;
            min = after is null ? list + "\n" : RedisKeys.ListMember(list, after);
            max = list + "\u000b"; // the character after '\n': just past every member of this list
            exclude |= Exclude.Stop;
        }

        var members = await Db.SortedSetRangeByValueAsync(key, min, max, exclude, Order.Ascending, 0, pageSize + 1).ConfigureAwait(false);
        var ids = members.Take(pageSize).Select(m => { var s = m.ToString(); return s[(s.IndexOf('\n') + 1)..]; }).ToArray();
        var entries = await ReadManyAsync(ids).ConfigureAwait(false);
        var next = members.Length > pageSize && ids.Length > 0 ? EncodePageToken(ids[^1]) : "";
        return new EntryPage(entries.Where(e => e is not null).Select(e => e!).ToList(), next);
    }

    /// <summary>True when the token is empty or one this store issued.</summary>
    public static bool IsValidPageToken(string token) => token.Length == 0 || DecodePageToken(token) is not null;

    /// <summary>Where the feed stands now, read atomically with the version.</summary>
    public async Task<FeedPosition> GetFeedPositionAsync()
    {
        var result = (RedisResult[])(await Db.ScriptEvaluateAsync(WatchlistScripts.Snapshot,
            [keys.WatchlistVersion, keys.WatchlistChanges]).ConfigureAwait(false))!;
        return new FeedPosition((long)result[0], result[1].ToString());
    }

    /// <summary>Every stored entry, a page at a time (HSCAN: no single huge reply, Redis stays responsive).</summary>
    public async IAsyncEnumerable<WatchlistEntry> ReadAllAsync()
    {
        await foreach (var field in Db.HashScanAsync(keys.Entries, pageSize: 1000).ConfigureAwait(false))
        {
            yield return StoredJson.ReadEntry(field.Value.ToString());
        }
    }

    /// <summary>
    /// The changes after <paramref name="after"/>, with each changed entry's current state fetched in one
    /// round trip. Applying them is idempotent, which makes overlap with a full load harmless.
    /// </summary>
    public async Task<ChangeBatch?> ReadChangesAsync(FeedPosition after, int maxRecords)
    {
        var records = await Db.StreamRangeAsync(keys.WatchlistChanges, NextId(after.ChangeId), "+", maxRecords).ConfigureAwait(false);
        if (records.Length == 0)
        {
            return null;
        }

        var touched = new List<string>();
        foreach (var record in records)
        {
            touched.AddRange(record["ids"].ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        var distinct = touched.Distinct(StringComparer.Ordinal).ToArray();
        var current = await ReadManyAsync(distinct).ConfigureAwait(false);
        var changes = distinct.Select((id, i) => new IndexChange(id, current[i])).ToList();
        var last = records[^1];
        return new ChangeBatch(changes, new FeedPosition((long)last["v"], last.Id.ToString()), (long)records[0]["v"]);
    }

    /// <summary>Creates the look-back consumer group on the change feed, starting from now, unless it exists.</summary>
    public async Task EnsureLookBackGroupAsync()
    {
        try
        {
            await Db.StreamCreateConsumerGroupAsync(keys.WatchlistChanges, RedisKeys.LookBackGroup, StreamPosition.NewMessages, createStream: true)
                .ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another instance created it first.
        }
    }

    /// <summary>
    /// The next change records no other instance has taken for look-back (non-blocking XREADGROUP), as
    /// (record id, ids of upserted entries); deletes are left out.
    /// </summary>
    public async Task<IReadOnlyList<(string RecordId, string[] UpsertedIds)>> TakeLookBackWorkAsync(string consumer, int count)
    {
        var records = await Db.StreamReadGroupAsync(keys.WatchlistChanges, RedisKeys.LookBackGroup, consumer, ">", count).ConfigureAwait(false);
        return records.Select(r => (r.Id.ToString(),
            r["op"] == "upsert" ? r["ids"].ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries) : [])).ToList();
    }

    public Task AcknowledgeLookBackAsync(string recordId) =>
        Db.StreamAcknowledgeAsync(keys.WatchlistChanges, RedisKeys.LookBackGroup, recordId);

    /// <summary>The current state of these entries; deleted ones are left out.</summary>
    public async Task<IReadOnlyList<WatchlistEntry>> GetManyAsync(string[] ids) =>
        (await ReadManyAsync(ids).ConfigureAwait(false)).Where(e => e is not null).Select(e => e!).ToList();

    private async Task<WatchlistEntry?[]> ReadManyAsync(string[] ids)
    {
        if (ids.Length == 0)
        {
            return [];
        }

        var values = await Db.HashGetAsync(keys.Entries, ids.Select(id => (RedisValue)id).ToArray()).ConfigureAwait(false);
        return values.Select(v => v.IsNull ? null : StoredJson.ReadEntry(v.ToString())).ToArray();
    }

    // Stream ranges are inclusive; the smallest id after "ms-seq" is "ms-(seq+1)".
    private static string NextId(string id)
    {
        var dash = id.IndexOf('-');
        return id[..dash] + "-" + (ulong.Parse(id[(dash + 1)..]) + 1);
    }

    private static string EncodePageToken(string lastId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(lastId));

    private static string? DecodePageToken(string token)
    {
        if (token.Length == 0)
        {
            return null;
        }

        try
        {
            var id = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            return WatchlistEntryRules.IsValidId(id) ? id : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
