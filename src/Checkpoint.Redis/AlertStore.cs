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
        local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[2], '*', 'alert', ARGV[1])
        redis.call('PUBLISH', ARGV[3], id)
        return id
        """;

    private IDatabase Db => redis.GetDatabase();

    /// <summary>Stores the alert durably and returns it with its assigned id.</summary>
    public async Task<Alert> AppendAsync(Alert alert)
    {
        var id = await Db.ScriptEvaluateAsync(AppendScript, [keys.AlertStream],
            [StoredJson.Write(alert), options.AlertStreamMaxLength, keys.AlertRaised.ToString()]).ConfigureAwait(false);
        return alert with { AlertId = id.ToString() };
    }

    public async Task<Alert?> GetAsync(AlertId id)
    {
        var text = id.ToString();
        var entries = await Db.StreamRangeAsync(keys.AlertStream, text, text, 1).ConfigureAwait(false);
        return entries.Length == 0 ? null : Read(entries[0]);
    }

    /// <summary>Up to <paramref name="count"/> alerts after <paramref name="after"/>, oldest first.</summary>
    public async Task<IReadOnlyList<Alert>> ReadAfterAsync(AlertId after, int count)
    {
        var from = new AlertId(after.Milliseconds, after.Sequence + 1).ToString();
        var entries = await Db.StreamRangeAsync(keys.AlertStream, from, "+", count).ConfigureAwait(false);
        return entries.Select(Read).ToList();
    }

    /// <summary>The id of the newest stored alert, or 0-0 when there is none.</summary>
    public async Task<AlertId> LatestIdAsync()
    {
        var entries = await Db.StreamRangeAsync(keys.AlertStream, "-", "+", 1, Order.Descending).ConfigureAwait(false);
        return entries.Length == 0 ? default : AlertId.Parse(entries[0].Id.ToString());
    }

    /// <summary>Calls <paramref name="onRaised"/> whenever any server appends an alert.</summary>
    public Task SubscribeRaisedAsync(Action onRaised) =>
        redis.GetSubscriber().SubscribeAsync(keys.AlertRaised, (_, _) => onRaised());

    private static Alert Read(StreamEntry entry) =>
        StoredJson.ReadAlert(entry["alert"].ToString()) with { AlertId = entry.Id.ToString() };
}
