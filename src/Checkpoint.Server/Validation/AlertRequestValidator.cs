using Checkpoint.Core.Alerts;
using Checkpoint.V1;

namespace Checkpoint.Server.Validation;

/// <summary>Checks AlertService requests.</summary>
public static class AlertRequestValidator
{
    public const int MaxCheckpointFilters = 200;
    public const int MaxHeartbeatSeconds = 300;

    public static (AlertFilter Filter, AlertId? ResumeAfter) Validate(SubscribeAlertsRequest request)
    {
        var violations = new RequestViolations();
        if (request.CheckpointIds.Count > MaxCheckpointFilters)
        {
            violations.Add("checkpoint_ids", $"must hold at most {MaxCheckpointFilters} ids");
        }

        for (var i = 0; i < request.CheckpointIds.Count && i < MaxCheckpointFilters; i++)
        {
            if (!ScreeningRequestValidator.IsValidCheckpointId(request.CheckpointIds[i].Trim()))
            {
                violations.Add($"checkpoint_ids[{i}]", "is not a valid checkpoint id");
            }
        }

        var minSeverity = (Core.Common.Severity)request.MinSeverity;
        if (!Enum.IsDefined(minSeverity))
        {
            violations.Add("min_severity", "must be a known severity");
        }

        AlertId? resumeAfter = null;
        if (request.ResumeAfter.Length > 0)
        {
            if (AlertId.TryParse(request.ResumeAfter.Trim(), out var id))
            {
                resumeAfter = id;
            }
            else
            {
                violations.Add("resume_after", "must be an alert id such as \"1764300000000-0\"");
            }
        }

        for (var i = 0; i < request.Categories.Count; i++)
        {
            var category = (Core.Common.Category)request.Categories[i];
            if (!Enum.IsDefined(category) || category == Core.Common.Category.Unspecified)
            {
                violations.Add($"categories[{i}]", "must be a known category");
            }
        }

        for (var i = 0; i < request.Events.Count; i++)
        {
            var kind = (Core.Alerts.AlertEventKind)request.Events[i];
            if (!Enum.IsDefined(kind) || kind is Core.Alerts.AlertEventKind.Unspecified or Core.Alerts.AlertEventKind.Heartbeat)
            {
                violations.Add($"events[{i}]", "must be RAISED, ACKNOWLEDGED, ASSIGNED, ESCALATED or RESOLVED");
            }
        }

        CheckRegions(request.Regions, violations);
        if (request.HeartbeatSeconds is < 0 or > MaxHeartbeatSeconds)
        {
            violations.Add("heartbeat_seconds", $"must be 0 (none) to {MaxHeartbeatSeconds}");
        }

        violations.ThrowIfAny();
        var checkpoints = request.CheckpointIds.Select(c => c.Trim()).ToHashSet(StringComparer.Ordinal);
        return (new AlertFilter(checkpoints, minSeverity)
        {
            Categories = request.Categories.Select(c => (Core.Common.Category)c).ToHashSet(),
            Events = request.Events.Select(e => (Core.Alerts.AlertEventKind)e).ToHashSet(),
            Regions = request.Regions.Select(r => r.Trim()).ToHashSet(StringComparer.Ordinal),
        }, resumeAfter);
    }

    public const int MaxActorLength = 64;
    public const int MaxNoteLength = 1000;

    /// <summary>Checks the fields every lifecycle change has; returns the alert id.</summary>
    public static AlertId ValidateChange(string alertId, long expectedVersion, string actor, string note, RequestViolations violations,
        string noteField = "note", bool noteRequired = false)
    {
        if (!AlertId.TryParse(alertId.Trim(), out var id))
        {
            violations.Add("alert_id", "must be an alert id such as \"1764300000000-0\"");
        }

        if (expectedVersion < 1)
        {
            violations.Add("expected_version", "must be the alert's version as last seen (1 or more)");
        }

        CheckName(actor, "actor", violations);
        if (note.Length > MaxNoteLength)
        {
            violations.Add(noteField, $"must be at most {MaxNoteLength} characters");
        }
        else if (noteRequired && string.IsNullOrWhiteSpace(note))
        {
            violations.Add(noteField, "is required");
        }

        return id;
    }

    /// <summary>A person's name or call sign: 1-64 characters, not blank.</summary>
    public static void CheckName(string name, string field, RequestViolations violations)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxActorLength)
        {
            violations.Add(field, $"is required: 1-{MaxActorLength} characters");
        }
    }

    public const int DefaultListPageSize = 50;
    public const int MaxListPageSize = 500;

    /// <summary>Checks a ListAlerts request; returns the query, the page size and where to continue from.</summary>
    public static (AlertQuery Query, int PageSize, AlertId? After) Validate(ListAlertsRequest request)
    {
        var violations = new RequestViolations();
        for (var i = 0; i < request.CheckpointIds.Count; i++)
        {
            if (!ScreeningRequestValidator.IsValidCheckpointId(request.CheckpointIds[i].Trim()))
            {
                violations.Add($"checkpoint_ids[{i}]", "is not a valid checkpoint id");
            }
        }

        for (var i = 0; i < request.States.Count; i++)
        {
            var state = (Core.Alerts.AlertState)request.States[i];
            if (!Enum.IsDefined(state) || state == Core.Alerts.AlertState.Unspecified)
            {
                violations.Add($"states[{i}]", "must be OPEN, ACKNOWLEDGED or RESOLVED");
            }
        }

        var minSeverity = (Core.Common.Severity)request.MinSeverity;
        if (!Enum.IsDefined(minSeverity))
        {
            violations.Add("min_severity", "must be a known severity");
        }

        if (request.PageSize < 0)
        {
            violations.Add("page_size", "must not be negative");
        }

        AlertId? after = null;
        if (request.PageToken.Length > 0)
        {
            if (DecodePageToken(request.PageToken) is { } id)
            {
                after = id;
            }
            else
            {
                violations.Add("page_token", "is not a token this server issued");
            }
        }

        CheckRegions(request.Regions, violations);
        var raisedAfter = request.RaisedAfter?.ToDateTimeOffset();
        var raisedBefore = request.RaisedBefore?.ToDateTimeOffset();
        if (raisedAfter is not null && raisedBefore is not null && raisedAfter >= raisedBefore)
        {
            violations.Add("raised_before", "must be later than raised_after");
        }

        violations.ThrowIfAny();
        var query = new AlertQuery
        {
            CheckpointIds = request.CheckpointIds.Select(c => c.Trim()).ToHashSet(StringComparer.Ordinal),
            States = request.States.Select(s => (Core.Alerts.AlertState)s).ToHashSet(),
            MinSeverity = minSeverity,
            RaisedAfter = raisedAfter,
            RaisedBefore = raisedBefore,
            Regions = request.Regions.Select(r => r.Trim()).ToHashSet(StringComparer.Ordinal),
        };
        var pageSize = request.PageSize == 0 ? DefaultListPageSize : Math.Min(request.PageSize, MaxListPageSize);
        return (query, pageSize, after);
    }

    private static void CheckRegions(IReadOnlyList<string> regions, RequestViolations violations)
    {
        for (var i = 0; i < regions.Count; i++)
        {
            if (!Core.Checkpoints.CheckpointSite.IsValidRegion(regions[i].Trim()))
            {
                violations.Add($"regions[{i}]", "must be 1-64 characters from a-z 0-9 . _ -");
            }
        }
    }

    public static string EncodePageToken(AlertId lastScanned) =>
        System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.ASCII.GetBytes(lastScanned.ToString()));

    private static AlertId? DecodePageToken(string token)
    {
        try
        {
            return AlertId.TryParse(System.Text.Encoding.ASCII.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(token)), out var id) ? id : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static AlertId ValidateAlertId(string alertId)
    {
        if (!AlertId.TryParse(alertId.Trim(), out var id))
        {
            RequestViolations.Throw("alert_id", "must be an alert id such as \"1764300000000-0\"");
        }

        return id;
    }
}
