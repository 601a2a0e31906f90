using Checkpoint.Server.Tests.Infrastructure;
using Checkpoint.V1;
using Grpc.Core;

namespace Checkpoint.Server.Tests;

public sealed class AlertLifecycleTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private ServerInstance Server => fixture.Server;

    [Fact]
    public async Task Lifecycle_AckAssignEscalateResolve_StoredWithHistoryAndPublishedAsEvents()
    {
        var checkpoint = TestData.Unique("CP");
        var raised = await RaiseAsync(checkpoint);
        await using var listener = await AlertListener.StartAsync(Server.Alerts, new SubscribeAlertsRequest { CheckpointIds = { checkpoint } });

        var acked = await Server.Alerts.AcknowledgeAlertAsync(new AcknowledgeAlertRequest { AlertId = raised, ExpectedVersion = 1, Actor = "sup-aye" });
        var assigned = await Server.Alerts.AssignAlertAsync(new AssignAlertRequest { AlertId = raised, ExpectedVersion = 2, Actor = "sup-aye", Assignee = "officer-min" });
        var escalated = await Server.Alerts.EscalateAlertAsync(new EscalateAlertRequest { AlertId = raised, ExpectedVersion = 3, Actor = "sup-aye", Severity = Severity.Critical, Reason = "armed companion" });
        var resolved = await Server.Alerts.ResolveAlertAsync(new ResolveAlertRequest { AlertId = raised, ExpectedVersion = 4, Actor = "officer-min", Outcome = ResolutionOutcome.Confirmed, Note = "detained" });

        Assert.Equal(AlertState.Acknowledged, acked.State);
        Assert.Equal(5, resolved.Version);
        Assert.Equal(AlertState.Resolved, resolved.State);
        Assert.Equal("officer-min", resolved.AssignedTo);
        Assert.Equal(Severity.Critical, resolved.Severity);

        var stored = await Server.Alerts.GetAlertAsync(new GetAlertRequest { AlertId = raised });
        Assert.Equal(resolved.EventId, stored.EventId);
        Assert.Equal(
            [AlertEventKind.Acknowledged, AlertEventKind.Assigned, AlertEventKind.Escalated, AlertEventKind.Resolved],
            stored.History.Select(h => h.Kind));
        Assert.Equal("armed companion", stored.History[2].Note);
        Assert.Equal("officer-min", stored.History[3].Actor);

        var events = new List<Alert>();
        for (var i = 0; i < 4; i++)
        {
            events.Add(await listener.NextAsync($"lifecycle event {i + 1} of 4"));
        }

        Assert.All(events, e => Assert.Equal(raised, e.AlertId));
        Assert.Equal([acked.EventId, assigned.EventId, escalated.EventId, resolved.EventId], events.Select(e => e.EventId));
        Assert.Equal(
            [AlertEventKind.Acknowledged, AlertEventKind.Assigned, AlertEventKind.Escalated, AlertEventKind.Resolved],
            events.Select(e => e.Event));
        Assert.Equal(AlertState.Resolved, events[^1].State);
    }

    [Fact]
    public async Task Change_StaleVersion_AbortedAndNothingChanged()
    {
        var raised = await RaiseAsync(TestData.Unique("CP"));
        await Server.Alerts.AcknowledgeAlertAsync(new AcknowledgeAlertRequest { AlertId = raised, ExpectedVersion = 1, Actor = "sup-one" });

        // A second supervisor still looking at version 1.
        var ex = await Assert.ThrowsAsync<RpcException>(() => Server.Alerts.AssignAlertAsync(
            new AssignAlertRequest { AlertId = raised, ExpectedVersion = 1, Actor = "sup-two", Assignee = "someone" }).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, ex.StatusCode);
        var stored = await Server.Alerts.GetAlertAsync(new GetAlertRequest { AlertId = raised });
        Assert.Equal(2, stored.Version);
        Assert.Empty(stored.AssignedTo);
    }

    [Fact]
    public async Task Change_ConcurrentSameVersion_ExactlyOneWins()
    {
        var raised = await RaiseAsync(TestData.Unique("CP"));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await Server.Alerts.AssignAlertAsync(new AssignAlertRequest { AlertId = raised, ExpectedVersion = 1, Actor = "sup", Assignee = $"officer-{i}" });
                return StatusCode.OK;
            }
            catch (RpcException ex)
            {
                return ex.StatusCode;
            }
        }));

        Assert.Equal(1, attempts.Count(s => s == StatusCode.OK));
        Assert.All(attempts.Where(s => s != StatusCode.OK), s => Assert.Equal(StatusCode.Aborted, s));
        var stored = await Server.Alerts.GetAlertAsync(new GetAlertRequest { AlertId = raised });
        Assert.Equal(2, stored.Version);
        Assert.Single(stored.History);
    }

    [Fact]
    public async Task Resolve_AlreadyResolved_FailedPrecondition()
    {
        var raised = await RaiseAsync(TestData.Unique("CP"));
        await Server.Alerts.ResolveAlertAsync(new ResolveAlertRequest { AlertId = raised, ExpectedVersion = 1, Actor = "s", Outcome = ResolutionOutcome.FalsePositive });

        var ex = await Assert.ThrowsAsync<RpcException>(() => Server.Alerts.ResolveAlertAsync(
            new ResolveAlertRequest { AlertId = raised, ExpectedVersion = 2, Actor = "s", Outcome = ResolutionOutcome.Confirmed }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
        Assert.Contains("resolved", ex.Status.Detail);
    }

    [Fact]
    public async Task Change_BadFieldsOrUnknownAlert_InvalidArgumentOrNotFound()
    {
        var bad = await Assert.ThrowsAsync<RpcException>(() => Server.Alerts.EscalateAlertAsync(
            new EscalateAlertRequest { AlertId = "x", ExpectedVersion = 0, Actor = "", Severity = Severity.Unspecified }).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => Server.Alerts.AcknowledgeAlertAsync(
            new AcknowledgeAlertRequest { AlertId = "1-0", ExpectedVersion = 1, Actor = "s" }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, bad.StatusCode);
        foreach (var field in new[] { "alert_id", "expected_version", "actor", "severity", "reason" })
        {
            Assert.Contains(field + ":", bad.Status.Detail);
        }

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Subscribe_ResumeAfterEventId_ReplaysLaterEventsOnly()
    {
        var checkpoint = TestData.Unique("CP");
        var raised = await RaiseAsync(checkpoint);
        var acked = await Server.Alerts.AcknowledgeAlertAsync(new AcknowledgeAlertRequest { AlertId = raised, ExpectedVersion = 1, Actor = "s" });
        var resolved = await Server.Alerts.ResolveAlertAsync(new ResolveAlertRequest { AlertId = raised, ExpectedVersion = 2, Actor = "s", Outcome = ResolutionOutcome.NotFound });

        await using var listener = await AlertListener.StartAsync(Server.Alerts,
            new SubscribeAlertsRequest { CheckpointIds = { checkpoint }, ResumeAfter = acked.EventId });

        var replayed = await listener.NextAsync("the resolve event after the acknowledge event");
        Assert.Equal(resolved.EventId, replayed.EventId);
        Assert.Equal(AlertEventKind.Resolved, replayed.Event);
        Assert.Empty(replayed.History);
    }

    private async Task<string> RaiseAsync(string checkpoint)
    {
        var number = TestData.DocumentNumber();
        await Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { TestData.Document(TestData.Unique("doc"), number) } });
        var result = await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number));
        return result.AlertId;
    }
}
