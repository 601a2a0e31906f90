using Checkpoint.Cli.Commands;
using Checkpoint.Cli.Output;
using Checkpoint.V1;
using Google.Protobuf.WellKnownTypes;

namespace Checkpoint.Cli.Tests.Commands;

public sealed class AlertCommandTests
{
    [Fact]
    public void Parse_Resolve_OutcomeFormsAndSuppression()
    {
        foreach (var outcome in new[] { "false-positive", "FALSE_POSITIVE", "false_positive", "RESOLUTION_OUTCOME_FALSE_POSITIVE" })
        {
            var change = AlertCommand.Parse(["resolve", "1-0", "--outcome", outcome, "--suppress-days", "30", "--as", "sup-a"], "me");

            Assert.Equal(ResolutionOutcome.FalsePositive, change.Outcome);
            Assert.Equal(30, change.SuppressDays);
            Assert.Equal("sup-a", change.Actor);
            Assert.Equal("1-0", change.AlertId);
        }
    }

    [Fact]
    public void Parse_AssignAndEscalate_TakeTheirOptionsAndDefaultActor()
    {
        var assign = AlertCommand.Parse(["assign", "5-1", "--to", "officer-min", "--version", "3"], "me");
        var escalate = AlertCommand.Parse(["escalate", "5-1", "--severity", "critical", "--reason", "armed"], "me");

        Assert.Equal(("officer-min", 3L, "me"), (assign.Assignee, assign.Version, assign.Actor));
        Assert.Equal((Severity.Critical, "armed"), (escalate.Severity, escalate.Note));
    }

    [Theory]
    [InlineData(new[] { "assign", "5-1" }, "--to")]
    [InlineData(new[] { "escalate", "5-1", "--severity", "HIGH" }, "--reason")]
    [InlineData(new[] { "resolve", "5-1" }, "--outcome")]
    [InlineData(new[] { "ack" }, "ALERT_ID")]
    [InlineData(new[] { "ack", "5-1", "--to", "x" }, "--to")]
    [InlineData(new[] { "close", "5-1" }, "close")]
    public void Parse_MissingOrWrongOption_UsageErrorNamingIt(string[] args, string named)
    {
        var ex = Assert.Throws<UsageException>(() => AlertCommand.Parse(args, "me"));

        Assert.Contains(named, ex.Problem);
    }

    [Fact]
    public void StaleVersionMessage_ServerDetail_SaysBothVersions()
    {
        var message = AlertCommand.StaleVersionMessage("9-0", 2, "Alert 9-0 is at version 4, not 2: someone changed it first.");

        Assert.Equal("the alert changed since version 2 (now at version 4); check it with `checkpoint alert get 9-0` and retry", message);
    }

    [Fact]
    public void AlertLine_LifecycleEventAndHeartbeat_ShowStateAndPosition()
    {
        var at = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 28, 5, 0, 0, TimeSpan.Zero));
        var resolved = new Alert
        {
            AlertId = "9-0", EventId = "1764306000000-0", CheckpointId = "CP-1", RaisedAt = at, Event = AlertEventKind.Resolved,
            State = AlertState.Resolved, Version = 3, Severity = Severity.High, AssignedTo = "officer-min",
            Outcome = ResolutionOutcome.Confirmed,
        };
        var heartbeat = new Alert { Event = AlertEventKind.Heartbeat, EventId = "12-0", RaisedAt = at };

        Assert.EndsWith("9-0  CP-1  RESOLVED  now 9-0  RESOLVED  version 3  HIGH  assigned to officer-min  CONFIRMED", Display.AlertLine(resolved));
        Assert.EndsWith("(heartbeat at 12-0)", Display.AlertLine(heartbeat));
    }

    [Fact]
    public void Screening_SuppressedHit_SaysWhoAndWhyAndThatItDoesNotCount()
    {
        var result = new ScreeningResult
        {
            Decision = Decision.Clear,
            Hits =
            {
                new Hit
                {
                    EntryId = "sltd-1", Decision = Decision.Hit, Score = 1,
                    SuppressedBy = new Suppression { CreatedBy = "sup-a", Reason = "reissued number", ExpiresAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch) },
                },
            },
        };

        var lines = Display.Screening(result).ToList();

        Assert.Contains(lines, l => l.Contains("suppressed: sup-a found this traveller is not this entry (reissued number)") && l.EndsWith("it does not count"));
    }
}
