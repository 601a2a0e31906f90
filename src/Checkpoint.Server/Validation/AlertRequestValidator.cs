using Checkpoint.Core.Alerts;
using Checkpoint.V1;

namespace Checkpoint.Server.Validation;

/// <summary>Checks AlertService requests.</summary>
public static class AlertRequestValidator
{
    public const int MaxCheckpointFilters = 200;

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

        violations.ThrowIfAny();
        var checkpoints = request.CheckpointIds.Select(c => c.Trim()).ToHashSet(StringComparer.Ordinal);
        return (new AlertFilter(checkpoints, minSeverity), resumeAfter);
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

    public static AlertId ValidateAlertId(string alertId)
    {
        if (!AlertId.TryParse(alertId.Trim(), out var id))
        {
            RequestViolations.Throw("alert_id", "must be an alert id such as \"1764300000000-0\"");
        }

        return id;
    }
}
