using System.Globalization;
using Checkpoint.Cli.Import;
using Checkpoint.V1;
using Google.Protobuf;
using Grpc.Health.V1;

namespace Checkpoint.Cli.Output;

/// <summary>Every line the CLI prints about results, in one place so the commands read alike.</summary>
internal static class Display
{
    private static readonly JsonFormatter IndentedJson = new(JsonFormatter.Settings.Default.WithIndentation());

    /// <summary>A message as indented protobuf JSON.</summary>
    public static string Json(IMessage message) => IndentedJson.Format(message);

    /// <summary>A 0..1 match score as a whole percentage, e.g. "92%".</summary>
    public static string Percent(double score) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(score * 100, MidpointRounding.AwayFromZero):0}%");

    /// <summary>The health status as the standard names it, e.g. "NOT_SERVING".</summary>
    public static string ServingStatus(HealthCheckResponse.Types.ServingStatus status) =>
        HealthCheckResponse.Descriptor.EnumTypes[0].FindValueByNumber((int)status)?.Name
            ?? ((int)status).ToString(CultureInfo.InvariantCulture);

    /// <summary>One line per entry for "entry list": id, list, kind, category, severity, primary name or document.</summary>
    public static string EntryLine(WatchlistEntry entry)
    {
        var label = entry.Person?.Names.FirstOrDefault() is { Length: > 0 } name ? name
            : entry.Document?.Number is { Length: > 0 } number ? $"doc {number}"
            : "-";
        return $"{entry.Id,-20}  {entry.List,-16}  {ProtoEnums.ShortName(entry.Kind),-8}  "
            + $"{ProtoEnums.ShortName(entry.Category),-20}  {ProtoEnums.ShortName(entry.Severity),-8}  {label}";
    }

    /// <summary>The deletion confirmation.</summary>
    public static string Deleted(string entryId, DeleteEntryResponse response) =>
        $"deleted {entryId} (watchlist version {response.WatchlistVersion})";

    /// <summary>One line per alert for "alerts": when, which, where, how bad, who, and the best hit.</summary>
    /// <summary>An alert's state after a change, in one line.</summary>
    public static string AlertState(Alert alert) =>
        $"{alert.AlertId}  {ProtoEnums.ShortName(alert.State)}  version {alert.Version}  {ProtoEnums.ShortName(alert.Severity)}"
        + (alert.AssignedTo.Length > 0 ? $"  assigned to {alert.AssignedTo}" : "")
        + (alert.Outcome != ResolutionOutcome.Unspecified ? $"  {ProtoEnums.ShortName(alert.Outcome)}" : "");

    /// <summary>
    /// One line per stream message: a raised alert with who and the best hit; a lifecycle change with the
    /// alert's new state; a heartbeat as such.
    /// </summary>
    public static string AlertLine(Alert alert)
    {
        if (alert.Event == AlertEventKind.Heartbeat)
        {
            return $"{Time(alert.RaisedAt)}  (heartbeat at {alert.EventId})";
        }

        if (alert.Event is not (AlertEventKind.Raised or AlertEventKind.Unspecified))
        {
            return $"{EventTime(alert.EventId)}  {alert.AlertId}  {alert.CheckpointId}  {ProtoEnums.ShortName(alert.Event)}  now {AlertState(alert)}";
        }

        var raised = alert.RaisedAt?.ToDateTimeOffset().ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-";
        var who = new List<string>();
        if (alert.Traveller?.Name is { Length: > 0 } name)
        {
            who.Add($"name \"{name}\"");
        }

        if (alert.Document?.Number is { Length: > 0 } number)
        {
            who.Add($"doc {number}");
        }

        var best = alert.Hits.FirstOrDefault() is { } hit
            ? $"best {hit.EntryId} {Percent(hit.Score)}{(hit.Reasons.Count > 0 ? $" ({hit.Reasons[0]})" : "")}"
            : "no hits";
        return $"{raised}  {alert.AlertId}  {alert.CheckpointId}  {ProtoEnums.ShortName(alert.Severity),-8}  "
            + $"{ProtoEnums.ShortName(alert.Decision),-6}  {(who.Count > 0 ? string.Join(" ", who) : "-")}  {best}"
            + (alert.Retroactive ? "  (retroactive: crossed " + Time(alert.ScreenedAt) + ")" : "");
    }

    // Event ids are stream ids, "<milliseconds since 1970>-<sequence>": the time the change was stored.
    private static string EventTime(string eventId) =>
        long.TryParse(eventId.Split('-')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms).ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : "-";

    private static string Time(Google.Protobuf.WellKnownTypes.Timestamp? at) =>
        at?.ToDateTimeOffset().ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-";

    /// <summary>The screening verdict and each hit with its reasons and action.</summary>
    public static IEnumerable<string> Screening(ScreeningResult result)
    {
        yield return $"decision:     {ProtoEnums.ShortName(result.Decision)}";
        yield return $"screening id: {result.ScreeningId}";
        yield return $"alert id:     {(result.AlertId.Length > 0 ? result.AlertId : "(none)")}";
        yield return $"hits:         {(result.Hits.Count > 0 ? result.Hits.Count.ToString(CultureInfo.InvariantCulture) : "none")}";
        for (var i = 0; i < result.Hits.Count; i++)
        {
            var hit = result.Hits[i];
            yield return $"  {i + 1}. {hit.EntryId} on {hit.List}: {ProtoEnums.ShortName(hit.Category)}, "
                + $"severity {ProtoEnums.ShortName(hit.Severity)}, score {Percent(hit.Score)}, {ProtoEnums.ShortName(hit.Decision)}";
            foreach (var reason in hit.Reasons)
            {
                yield return $"       {reason}";
            }

            if (hit.SuppressedBy is { } suppression)
            {
                yield return $"     suppressed: {suppression.CreatedBy} found this traveller is not this entry"
                    + (suppression.Reason.Length > 0 ? $" ({suppression.Reason})" : "")
                    + $", until {Time(suppression.ExpiresAt)}; it does not count";
            }

            if (hit.Action.Length > 0)
            {
                yield return $"     action: {hit.Action}";
            }
        }
    }

    /// <summary>The import progress line, e.g. "importing 1200/5000 (24%)".</summary>
    public static string Progress(int sent, int total) =>
        $"importing {sent}/{total} ({(total == 0 ? 100 : sent * 100L / total)}%)";

    /// <summary>The import summary: counts, version, then up to <paramref name="limit"/> rejected entries by line.</summary>
    public static IEnumerable<string> ImportSummary(
        ImportEntriesResponse response, IReadOnlyList<ImportRejection> fileRejections, IReadOnlyList<ImportRejection> serverRejections, int limit)
    {
        yield return $"accepted {response.AcceptedCount}, rejected {response.RejectedCount} (server) + {fileRejections.Count} (file), "
            + $"watchlist version {response.WatchlistVersion}";
        var listed = fileRejections.Concat(serverRejections).OrderBy(r => r.Line).Take(limit).ToList();
        foreach (var rejection in listed)
        {
            yield return Rejection(rejection);
        }

        // The server lists at most a bounded number of rejections; its count is the truth.
        var unlisted = response.RejectedCount + fileRejections.Count - listed.Count;
        if (unlisted > 0)
        {
            yield return $"... and {unlisted} more rejected";
        }
    }

    /// <summary>One rejected entry, e.g. "line 17 (id wl-17): person.date_of_birth: not a date".</summary>
    public static string Rejection(ImportRejection rejection)
    {
        var where = rejection.Line > 0 ? $"line {rejection.Line}" : "line ?";
        var id = rejection.EntryId.Length > 0 ? $" (id {rejection.EntryId})" : "";

        // The server's reason already starts with its field ("person.names: required"): say it once.
        var why = rejection.Field.Length == 0 || rejection.Reason.StartsWith(rejection.Field + ":", StringComparison.Ordinal)
            ? rejection.Reason
            : $"{rejection.Field}: {rejection.Reason}";
        return $"{where}{id}: {why}";
    }
}
