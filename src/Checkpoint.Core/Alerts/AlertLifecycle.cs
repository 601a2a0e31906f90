using Checkpoint.Core.Common;

namespace Checkpoint.Core.Alerts;

/// <summary>Where an alert is in its handling.</summary>
public enum AlertState { Unspecified = 0, Open = 1, Acknowledged = 2, Resolved = 3 }

/// <summary>What happened to an alert: each is an event on the alert stream.</summary>
public enum AlertEventKind { Unspecified = 0, Raised = 1, Acknowledged = 2, Assigned = 3, Escalated = 4, Resolved = 5, Heartbeat = 6 }

/// <summary>How a resolved alert ended.</summary>
public enum ResolutionOutcome { Unspecified = 0, Confirmed = 1, FalsePositive = 2, NotFound = 3 }

/// <summary>One change in an alert's history: what, who, when, and what it set.</summary>
public sealed record AlertChange(AlertEventKind Kind, string Actor, DateTimeOffset At, long Version, string Note)
{
    public string AssignedTo { get; init; } = "";
    public Severity Severity { get; init; }
    public ResolutionOutcome Outcome { get; init; }
}

/// <summary>A change that does not fit the alert's current state (resolving a resolved alert, say).</summary>
public sealed class AlertTransitionException(string message) : Exception(message);

/// <summary>
/// The alert state machine: OPEN, then ACKNOWLEDGED, then RESOLVED; assigning and escalating are allowed
/// until it is resolved, and escalating must raise the severity. Each change returns the new state with the
/// version incremented and the change appended to the history; the store makes it stick only if nobody else
/// changed the alert first.
/// </summary>
public static class AlertLifecycle
{
    public static Alert Acknowledge(Alert alert, string actor, string note, DateTimeOffset at)
    {
        if (alert.State != AlertState.Open)
        {
            throw new AlertTransitionException($"Alert {alert.AlertId} is {Describe(alert.State)}; only an open alert can be acknowledged.");
        }

        return Apply(alert with { State = AlertState.Acknowledged }, new AlertChange(AlertEventKind.Acknowledged, actor, at, alert.Version + 1, note));
    }

    public static Alert Assign(Alert alert, string actor, string assignee, string note, DateTimeOffset at)
    {
        RequireNotResolved(alert, "assigned");
        if (alert.AssignedTo == assignee)
        {
            throw new AlertTransitionException($"Alert {alert.AlertId} is already assigned to {assignee}.");
        }

        return Apply(alert with { AssignedTo = assignee },
            new AlertChange(AlertEventKind.Assigned, actor, at, alert.Version + 1, note) { AssignedTo = assignee });
    }

    public static Alert Escalate(Alert alert, string actor, Severity severity, string reason, DateTimeOffset at)
    {
        RequireNotResolved(alert, "escalated");
        if (severity <= alert.Severity)
        {
            throw new AlertTransitionException(
                $"Alert {alert.AlertId} is already {alert.Severity.ToString().ToUpperInvariant()}; escalating must raise the severity.");
        }

        return Apply(alert with { Severity = severity },
            new AlertChange(AlertEventKind.Escalated, actor, at, alert.Version + 1, reason) { Severity = severity });
    }

    public static Alert Resolve(Alert alert, string actor, ResolutionOutcome outcome, string note, DateTimeOffset at)
    {
        RequireNotResolved(alert, "resolved");
        return Apply(alert with { State = AlertState.Resolved, Outcome = outcome, ResolutionNote = note },
            new AlertChange(AlertEventKind.Resolved, actor, at, alert.Version + 1, note) { Outcome = outcome });
    }

    private static Alert Apply(Alert changed, AlertChange change) =>
        changed with { Version = change.Version, Event = change.Kind, History = [.. changed.History, change] };

    private static void RequireNotResolved(Alert alert, string verb)
    {
        if (alert.State == AlertState.Resolved)
        {
            throw new AlertTransitionException($"Alert {alert.AlertId} is resolved; it cannot be {verb}.");
        }
    }

    private static string Describe(AlertState state) => state.ToString().ToLowerInvariant();
}

/// <summary>Another change reached the alert first: the caller's expected version is stale.</summary>
public sealed class AlertVersionConflictException(string alertId, long expected, long current)
    : Exception($"Alert {alertId} is at version {current}, not {expected}: someone changed it first. Fetch it again and retry.")
{
    public long CurrentVersion { get; } = current;
}
