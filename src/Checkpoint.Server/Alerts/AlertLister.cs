using Checkpoint.Core.Alerts;
using Checkpoint.Redis;

namespace Checkpoint.Server.Alerts;

/// <summary>A page of alerts, newest first, and where the next page continues (null when there is no more).</summary>
public sealed record AlertListPage(IReadOnlyList<Alert> Alerts, AlertId? ContinueAfter);

/// <summary>
/// Lists alerts newest first by walking the alert stream backwards in batches, keeping those that match.
/// A narrow filter over a long stream would walk far, so one call looks at no more than
/// <see cref="MaxScannedPerCall"/> stream entries and returns what it found with a token to continue.
/// </summary>
public sealed class AlertLister(AlertStore store)
{
    public const int MaxScannedPerCall = 5000;
    private const int Batch = 250;

    public async Task<AlertListPage> ListAsync(AlertQuery query, int pageSize, AlertId? after, CancellationToken cancellationToken)
    {
        // Stream ids start with the append time, so the time range bounds the walk as well as filtering.
        var before = after ?? (query.RaisedBefore is { } rb ? new AlertId(rb.ToUnixTimeMilliseconds(), 0) : null);
        var oldest = query.RaisedAfter is { } ra ? new AlertId(ra.ToUnixTimeMilliseconds(), 0) : (AlertId?)null;
        var found = new List<Alert>();
        var scanned = 0;
        while (true)
        {
            var (alerts, last, exhausted) = await store.ScanNewestFirstAsync(before, oldest, Batch).WaitAsync(cancellationToken).ConfigureAwait(false);
            scanned += Batch;
            foreach (var alert in alerts.Where(query.Matches))
            {
                found.Add(alert);
                if (found.Count == pageSize)
                {
                    // Continue after this alert: entries after it in this batch were not looked at yet.
                    return new AlertListPage(found, AlertId.Parse(alert.AlertId));
                }
            }

            if (exhausted || last is null)
            {
                return new AlertListPage(found, null);
            }

            before = last;
            if (scanned >= MaxScannedPerCall)
            {
                return new AlertListPage(found, before);
            }
        }
    }
}
