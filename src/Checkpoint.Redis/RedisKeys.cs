using StackExchange.Redis;

namespace Checkpoint.Redis;

/// <summary>
/// The one place that knows the key layout. Keys that a script touches together share a hash tag
/// ("{prefix:wl}", "{prefix:alerts}") so that they stay in one slot on Redis Cluster.
/// </summary>
public sealed class RedisKeys(string prefix)
{
    private readonly string _watchlist = $"{{{prefix}:wl}}";
    private readonly string _alerts = $"{{{prefix}:alerts}}";
    private readonly string _reference = $"{{{prefix}:ref}}";
    private readonly string _screenings = $"{{{prefix}:screenings}}";

    /// <summary>Hash: entry id to the entry as JSON.</summary>
    public RedisKey Entries => _watchlist + ":entries";

    /// <summary>Hash: entry id to its list name, so a move between lists can unfile the old one.</summary>
    public RedisKey EntryLists => _watchlist + ":entry-lists";

    /// <summary>Sorted set of entry ids (all scores 0): id-ordered paging over every entry.</summary>
    public RedisKey EntryIds => _watchlist + ":ids";

    /// <summary>Sorted set of "list\nid" (all scores 0): id-ordered paging within one list.</summary>
    public RedisKey EntriesByList => _watchlist + ":by-list";

    /// <summary>Counter: the watchlist version, incremented by every change.</summary>
    public RedisKey WatchlistVersion => _watchlist + ":version";

    /// <summary>Stream: one record per change (op, ids, version) that match indexes follow.</summary>
    public RedisKey WatchlistChanges => _watchlist + ":changes";

    /// <summary>Pub/sub: a watchlist change happened (payload: the new version).</summary>
    public RedisChannel WatchlistChanged => RedisChannel.Literal(prefix + ":wl:changed");

    /// <summary>Stream: every alert; the stream id is the alert id.</summary>
    public RedisKey AlertStream => _alerts + ":stream";

    /// <summary>Hash: alert id to "&lt;last event id&gt;\n&lt;current state JSON with history&gt;", for alerts changed since raised.</summary>
    public RedisKey AlertStates => _alerts + ":states";

    /// <summary>Pub/sub: an alert event was appended (payload: its stream id).</summary>
    public RedisChannel AlertRaised => RedisChannel.Literal(prefix + ":alerts:raised");

    /// <summary>String with expiry: a suppression of one entry for one traveller (hashed traveller key).</summary>
    public RedisKey Suppression(string entryId, string travellerHash) => $"{_watchlist}:suppress:{entryId}:{travellerHash}";

    /// <summary>Hash: suppression id to its key, for listing and revoking.</summary>
    public RedisKey Suppressions => _watchlist + ":suppressions";

    /// <summary>Stream: every screening (query, time), kept for the look-back window.</summary>
    public RedisKey Screenings => _screenings + ":stream";

    /// <summary>String with expiry: a retroactive alert was raised for this screening and entry (no repeats).</summary>
    public RedisKey LookBackClaim(string screeningId, string entryId) => $"{_alerts}:lookback:{screeningId}:{entryId}";

    /// <summary>The consumer group through which instances share look-back work on the change feed.</summary>
    public const string LookBackGroup = "lookback";

    /// <summary>Hash: checkpoint id to the checkpoint (name, region, country) as JSON.</summary>
    public RedisKey Checkpoints => _reference + ":checkpoints";

    /// <summary>Pub/sub: a checkpoint was created, changed or deleted (payload: its id).</summary>
    public RedisChannel CheckpointsChanged => RedisChannel.Literal(prefix + ":ref:changed");

    /// <summary>The member of <see cref="EntriesByList"/> for an entry.</summary>
    public static string ListMember(string list, string id) => list + "\n" + id;
}
