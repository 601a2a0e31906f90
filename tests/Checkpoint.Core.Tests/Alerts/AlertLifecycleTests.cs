using Checkpoint.Core.Alerts;
using Checkpoint.Core.Common;

namespace Checkpoint.Core.Tests.Alerts;

public sealed class AlertLifecycleTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 28, 6, 0, 0, TimeSpan.Zero);

    private static Alert Raised() => new()
    {
        AlertId = "100-0", EventId = "100-0", ScreeningId = "s", CheckpointId = "CP-1", RaisedAt = At,
        Severity = Severity.Medium, Decision = Decision.Hit,
    };

    [Fact]
    public void FullLifecycle_EachStep_BumpsVersionAndRecordsWhoAndWhat()
    {
        var acked = AlertLifecycle.Acknowledge(Raised(), "sup-a", "looking", At);
        var assigned = AlertLifecycle.Assign(acked, "sup-a", "officer-b", "", At);
        var escalated = AlertLifecycle.Escalate(assigned, "sup-a", Severity.Critical, "armed", At);
        var resolved = AlertLifecycle.Resolve(escalated, "officer-b", ResolutionOutcome.Confirmed, "detained", At);

        Assert.Equal([2L, 3L, 4L, 5L], new[] { acked, assigned, escalated, resolved }.Select(a => a.Version));
        Assert.Equal(AlertState.Resolved, resolved.State);
        Assert.Equal("officer-b", resolved.AssignedTo);
        Assert.Equal(Severity.Critical, resolved.Severity);
        Assert.Equal(ResolutionOutcome.Confirmed, resolved.Outcome);
        Assert.Equal(AlertEventKind.Resolved, resolved.Event);
        Assert.Equal(
            [AlertEventKind.Acknowledged, AlertEventKind.Assigned, AlertEventKind.Escalated, AlertEventKind.Resolved],
            resolved.History.Select(c => c.Kind));
        Assert.Equal("sup-a", resolved.History[0].Actor);
        Assert.Equal("officer-b", resolved.History[1].AssignedTo);
    }

    [Fact]
    public void Resolve_AlreadyResolved_Refused()
    {
        var resolved = AlertLifecycle.Resolve(Raised(), "s", ResolutionOutcome.FalsePositive, "", At);

        Assert.Throws<AlertTransitionException>(() => AlertLifecycle.Resolve(resolved, "s", ResolutionOutcome.Confirmed, "", At));
        Assert.Throws<AlertTransitionException>(() => AlertLifecycle.Assign(resolved, "s", "x", "", At));
        Assert.Throws<AlertTransitionException>(() => AlertLifecycle.Escalate(resolved, "s", Severity.Critical, "r", At));
    }

    [Fact]
    public void Acknowledge_Twice_Refused()
    {
        var acked = AlertLifecycle.Acknowledge(Raised(), "s", "", At);

        Assert.Throws<AlertTransitionException>(() => AlertLifecycle.Acknowledge(acked, "s", "", At));
    }

    [Theory]
    [InlineData(Severity.Low)]
    [InlineData(Severity.Medium)]
    public void Escalate_NotHigherThanCurrent_Refused(Severity severity) =>
        Assert.Throws<AlertTransitionException>(() => AlertLifecycle.Escalate(Raised(), "s", severity, "r", At));

    [Fact]
    public void Assign_SameAssigneeAgain_Refused()
    {
        var assigned = AlertLifecycle.Assign(Raised(), "s", "officer-b", "", At);

        Assert.Throws<AlertTransitionException>(() => AlertLifecycle.Assign(assigned, "s", "officer-b", "", At));
    }
}
