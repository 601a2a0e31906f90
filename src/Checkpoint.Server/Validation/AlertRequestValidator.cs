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

    public static AlertId ValidateAlertId(string alertId)
    {
        if (!AlertId.TryParse(alertId.Trim(), out var id))
        {
            RequestViolations.Throw("alert_id", "must be an alert id such as \"1764300000000-0\"");
        }

        return id;
    }
}
