using Checkpoint.Core.Alerts;
using StackExchange.Redis;

namespace Checkpoint.Redis;

/// <summary>
/// Alerts in one Redis Stream: appending assigns the ordered alert id and wakes every server's reader
/// through pub/sub in the same script, so an alert is never announced before it is stored.
/// </summary>
public sealed class AlertStore(IConnectionMultiplexer redis, RedisKeys keys, RedisStoreOptions options)
{
    // KEYS: 1 stream. ARGV: 1 alert JSON, 2 max length, 3 channel.
    private const string AppendScript = """
        local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[2], '*', 'kind', 'raised', 'alert', ARGV[1])
        redis.call('PUBLISH', ARGV[3], id)
        return id
        """;

    // A lifecycle change, applied only if the alert is still at the version the caller saw. The current state
    // is kept as "<event id>\n<json>" so that one HGET gives both. KEYS: 1 stream, 2 states.
    // ARGV: 1 alert id, 2 expected version, 3 new JSON, 4 max length, 5 channel, 6 event kind.
    // Returns {1, event id} or {0, current version}.
    private const string ChangeScript = """
        local current = redis.call('HGET', KEYS[2], ARGV[1])
        local version = 1
        if current then
          version = tonumber(cjson.decode(string.sub(current, string.find(current, '\n') + 1))['version'])
        end
        if version ~= tonumber(ARGV[2]) then
          return {0, tostring(version)}
        end
        local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[4], '*', 'kind', ARGV[6], 'alert', ARGV[3])
        redis.call('HSET', KEYS[2], ARGV[1], id .. '\n' .. ARGV[3])
        redis.call('PUBLISH', ARGV[5], id)
        return {1, id}
        """;

    private IDatabase Db => redis.GetDatabase();

    /// <summary>Stores the alert durably and returns it with its assigned id.</summary>
    public async Task<Alert> AppendAsync(Alert alert)
    {
        var id = await Db.ScriptEvaluateAsync(AppendScript, [keys.AlertStream],
            [StoredJson.Write(alert), options.AlertStreamMaxLength, keys.AlertRaised.ToString()]).ConfigureAwait(false);
        return alert with { AlertId = id.ToString(), EventId = id.ToString() };
    }

    /// <summary>The alert's current state with its history; null when there is no such alert (or it was trimmed).</summary>
    public async Task<Alert?> GetAsync(AlertId id)
    {
        var text = id.ToString();
        var state = await Db.HashGetAsync(keys.AlertStates, text).ConfigureAwait(false);
        if (!state.IsNull)
        {
            return ReadState(text, state.ToString());
        }

        var entries = await Db.StreamRangeAsync(keys.AlertStream, text, text, 1).ConfigureAwait(false);
        return entries.Length == 0 || !IsRaised(entries[0]) ? null : Read(entries[0]);
    }

    /// <summary>
    /// Stores a lifecycle change and publishes it as an event, if the alert is still at
    /// <paramref name="expectedVersion"/>; returns the alert with its new event id.
    /// </summary>
    public async Task<Alert> ChangeAsync(Alert changed, long expectedVersion)
    {
        var result = (RedisResult[])(await Db.ScriptEvaluateAsync(ChangeScript, [keys.AlertStream, keys.AlertStates],
        [
            changed.AlertId, expectedVersion, StoredJson.Write(changed with { EventId = "" }), options.AlertStreamMaxLength,
            keys.AlertRaised.ToString(), changed.Event.ToString().ToLowerInvariant(),
        ]).ConfigureAwait(false))!;
        if ((long)result[0] == 0)
        {
            throw new AlertVersionConflictException(changed.AlertId, expectedVersion, (long)result[1]);
        }

        return changed with { EventId = result[1].ToString() };
    }

    /// <summary>Up to <paramref name="count"/> alert events (raised and changed) after <paramref name="after"/>, oldest first.</summary>
    public async Task<IReadOnlyList<Alert>> ReadAfterAsync(AlertId after, int count)
    {
        var from = new AlertId(after.Milliseconds, after.Sequence + 1).ToString();
        var entries = await Db.StreamRangeAsync(keys.AlertStream, from, "+", count).ConfigureAwait(false);
        return entries.Select(Read).ToList();
    }

    /// <summary>
    /// Up to <paramref name="count"/> stream entries before <paramref name="before"/> (all when null) and not
    /// older than <paramref name="oldest"/>, newest first; the alerts raised among them in their current state
    /// (history left out), where the scan stopped, and whether it reached the end.
    /// </summary>
    public async Task<(IReadOnlyList<Alert> Alerts, AlertId? LastScanned, bool Exhausted)> ScanNewestFirstAsync(
        AlertId? before, AlertId? oldest, int count)
    {
        RedisValue max = before is { } b ? Previous(b).ToString() : "+";
        RedisValue min = oldest?.ToString() ?? "-";
        var entries = await Db.StreamRangeAsync(keys.AlertStream, min, max, count, Order.Descending).ConfigureAwait(false);
        var raised = entries.Where(IsRaised).ToArray();
        var states = raised.Length == 0 ? [] :
            await Db.HashGetAsync(keys.AlertStates, raised.Select(e => e.Id).ToArray()).ConfigureAwait(false);
        var alerts = raised.Select((entry, i) => states[i].IsNull ? Read(entry) : ReadState(entry.Id.ToString(), states[i].ToString()) with { History = [] }).ToList();
        var last = entries.Length == 0 ? (AlertId?)null : AlertId.Parse(entries[^1].Id.ToString());
        return (alerts, last, entries.Length < count);
    }

    /// <summary>
    /// Deletes every alert event older than <paramref name="cutoff"/> from the stream, and the current state of
    /// alerts raised before it. Returns how many stream entries went.
    /// </summary>
    public async Task<long> TrimOlderThanAsync(DateTimeOffset cutoff)
    {
        var minId = new AlertId(cutoff.ToUnixTimeMilliseconds(), 0);
        var removed = (long)await Db.ExecuteAsync("XTRIM", keys.AlertStream, "MINID", minId.ToString()).ConfigureAwait(false);
        var stale = new List<RedisValue>();
        await foreach (var state in Db.HashScanAsync(keys.AlertStates, pageSize: 1000).ConfigureAwait(false))
        {
            if (AlertId.TryParse(state.Name.ToString(), out var id) && id < minId)
            {
                stale.Add(state.Name);
            }
        }

        foreach (var chunk in stale.Chunk(1000))
        {
            await Db.HashDeleteAsync(keys.AlertStates, chunk).ConfigureAwait(false);
        }

        return removed;
    }

    /// <summary>
    /// Claims the right to raise the retroactive alert for this screening and entry; false when some instance
    /// already did (within <paramref name="ttl"/>), so replayed look-back work raises nothing twice.
    /// </summary>
    public Task<bool> ClaimRetroactiveAsync(string screeningId, string entryId, TimeSpan ttl) =>
        Db.StringSetAsync(keys.LookBackClaim(screeningId, entryId), "1", ttl, When.NotExists);

    /// <summary>The id of the newest stored alert, or 0-0 when there is none.</summary>
    public async Task<AlertId> LatestIdAsync()
    {
        var entries = await Db.StreamRangeAsync(keys.AlertStream, "-", "+", 1, Order.Descending).ConfigureAwait(false);
        return entries.Length == 0 ? default : AlertId.Parse(entries[0].Id.ToString());
    }

    /// <summary>Calls <paramref name="onRaised"/> whenever any server appends an alert.</summary>
    public Task SubscribeRaisedAsync(Action onRaised) =>
        redis.GetSubscriber().SubscribeAsync(keys.AlertRaised, (_, _) => onRaised());

    // A RAISED event's stream id is the alert id; a change's payload carries the alert id it belongs to.
    // Stream messages leave the history out: it can grow, and GetAlert has it.
    private static Alert Read(StreamEntry entry)
    {
        var alert = StoredJson.ReadAlert(entry["alert"].ToString()) with { EventId = entry.Id.ToString(), History = [] };
        return IsRaised(entry) ? alert with { AlertId = entry.Id.ToString() } : alert;
    }

    private static Alert ReadState(string alertId, string value)
    {
        var newline = value.IndexOf('\n');
        return StoredJson.ReadAlert(value[(newline + 1)..]) with { AlertId = alertId, EventId = value[..newline] };
    }

    // The greatest stream id below this one (stream ranges are inclusive; Redis 7.0 has "(" but older do not).
    private static AlertId Previous(AlertId id) =>
        id.Sequence > 0 ? id with { Sequence = id.Sequence - 1 } : new AlertId(id.Milliseconds - 1, long.MaxValue);

    // Entries written before lifecycle events existed have no kind: they are all raised events.
    private static bool IsRaised(StreamEntry entry) => entry["kind"] is var kind && (kind.IsNull || kind == "raised");
}
