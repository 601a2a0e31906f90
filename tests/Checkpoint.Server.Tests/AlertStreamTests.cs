using Checkpoint.Server.Alerts;
using Checkpoint.Server.Grpc;
using Checkpoint.Server.Tests.Infrastructure;
using Checkpoint.V1;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Checkpoint.Server.Tests;

public sealed class AlertStreamTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private ServerInstance Server => fixture.Server;

    [Fact]
    public async Task Subscribe_ThenScreenHit_ReceivesTheAlert()
    {
        var (number, _) = await ListDocumentAsync(Severity.Medium);
        await using var listener = await AlertListener.StartAsync(Server.Alerts, new SubscribeAlertsRequest());

        var result = await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument("CP-LIVE", number));
        var alert = await listener.NextAsync("the live alert");

        Assert.Equal(result.AlertId, alert.AlertId);
        Assert.Equal("CP-LIVE", alert.CheckpointId);
        Assert.Equal(number, alert.Document.Number);
        Assert.Equal(Decision.Hit, alert.Decision);
        Assert.NotNull(alert.RaisedAt);
    }

    [Fact]
    public async Task Subscribe_WithCheckpointAndSeverityFilter_OnlyMatchingAlertsArrive()
    {
        var (medium, _) = await ListDocumentAsync(Severity.Medium);
        var (critical, _) = await ListDocumentAsync(Severity.Critical);
        var checkpoint = TestData.Unique("CP");
        await using var listener = await AlertListener.StartAsync(Server.Alerts, new SubscribeAlertsRequest
        {
            CheckpointIds = { checkpoint },
            MinSeverity = Severity.High,
        });

        await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, medium)); // too mild
        await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument("CP-ELSEWHERE", critical)); // other checkpoint
        var wanted = await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, critical));

        var first = await listener.NextAsync("the only matching alert");
        Assert.Equal(wanted.AlertId, first.AlertId);
    }

    [Fact]
    public async Task Subscribe_ResumeAfterDisconnect_DeliversExactlyTheMissedAlertsThenLiveOnes()
    {
        var (number, _) = await ListDocumentAsync(Severity.High);
        var checkpoint = TestData.Unique("CP");
        var filter = new SubscribeAlertsRequest { CheckpointIds = { checkpoint } };
        string lastSeen;
        await using (var first = await AlertListener.StartAsync(Server.Alerts, filter))
        {
            var a1 = await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number));
            lastSeen = (await first.NextAsync("the first alert")).AlertId;
            Assert.Equal(a1.AlertId, lastSeen);
        }

        // Raised while nobody listens.
        var missed = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            missed.Add((await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number))).AlertId);
        }

        filter.ResumeAfter = lastSeen;
        await using var resumed = await AlertListener.StartAsync(Server.Alerts, filter);
        var live = await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number));

        var received = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            received.Add((await resumed.NextAsync($"alert {i + 1} of 4 after resuming")).AlertId);
        }

        Assert.Equal([.. missed, live.AlertId], received);

        // Nothing repeated after the live one: the next alert to arrive is a fresh sentinel.
        var sentinel = await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number));
        Assert.Equal(sentinel.AlertId, (await resumed.NextAsync("the sentinel alert")).AlertId);
    }

    [Fact]
    public async Task Subscribe_DroppedBeforeFirstAlert_ResumingFromHeaderPositionLosesNothing()
    {
        var (number, _) = await ListDocumentAsync(Severity.High);
        var checkpoint = TestData.Unique("CP");
        var earlier = await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number));
        string position;
        using (var call = Server.Alerts.Subscribe(new SubscribeAlertsRequest { CheckpointIds = { checkpoint } }))
        {
            var headers = await call.ResponseHeadersAsync.Within("the subscription to be confirmed");
            position = headers.GetValue(AlertGrpcService.StreamPositionHeader) ?? "";
        }

        var missed = await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number));
        await using var resumed = await AlertListener.StartAsync(Server.Alerts,
            new SubscribeAlertsRequest { CheckpointIds = { checkpoint }, ResumeAfter = position });

        Assert.Equal(earlier.AlertId, position);
        Assert.Equal(missed.AlertId, (await resumed.NextAsync("the alert raised while disconnected")).AlertId);
    }

    [Fact]
    public async Task Subscribe_AlertsRaisedDuringReplay_NoGapNoDuplicate()
    {
        var (number, _) = await ListDocumentAsync(Severity.High);
        var checkpoint = TestData.Unique("CP");
        var start = await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number));
        var raised = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            raised.Add((await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number))).AlertId);
        }

        // Keep raising while the subscriber replays, so replay and live delivery overlap.
        var filter = new SubscribeAlertsRequest { CheckpointIds = { checkpoint }, ResumeAfter = start.AlertId };
        var raising = Task.Run(async () =>
        {
            var more = new List<string>();
            for (var i = 0; i < 20; i++)
            {
                more.Add((await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number))).AlertId);
            }

            return more;
        });
        await using var listener = await AlertListener.StartAsync(Server.Alerts, filter);
        raised.AddRange(await raising.Within("the concurrent screenings"));

        var received = new List<string>();
        while (received.Count < raised.Count)
        {
            received.Add((await listener.NextAsync($"alert {received.Count + 1} of {raised.Count}")).AlertId);
        }

        Assert.Equal(raised, received);
    }

    [Fact]
    public async Task Subscribe_SlowSubscriber_EndedWithResourceExhaustedAndResumesWithoutGap()
    {
        await using var server = await ServerInstance.StartAsync(fixture.KeyPrefix, settings: new Dictionary<string, string?>
        {
            ["Alerts:SubscriberBufferSize"] = "4",
        });
        var hub = server.Services.GetRequiredService<AlertHub>();
        var (number, _) = await ListDocumentAsync(Severity.High, action: new string('x', 1000)); // big alerts fill HTTP/2 windows sooner
        var checkpoint = TestData.Unique("CP");
        var filter = new SubscribeAlertsRequest { CheckpointIds = { checkpoint } };
        using var call = server.Alerts.Subscribe(filter);
        await call.ResponseHeadersAsync.Within("the subscription to be confirmed");

        // The subscriber reads nothing: once flow control stops the server's writes, its queue fills and the
        // hub drops it. Raise alerts until that has happened.
        var raised = new List<string>();
        while (hub.SubscriberCount > 0)
        {
            Assert.True(raised.Count < 5000, "the slow subscriber was never dropped");
            raised.Add((await server.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number))).AlertId);
        }

        var received = new List<string>();
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            using var deadline = new CancellationTokenSource(TaskTimeouts.Default);
            await foreach (var alert in call.ResponseStream.ReadAllAsync(deadline.Token))
            {
                received.Add(alert.AlertId);
            }
        });

        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
        Assert.NotEmpty(received);
        Assert.Contains($"resume_after=\"{received[^1]}\"", ex.Status.Detail);
        Assert.Equal(raised.Take(received.Count), received);

        filter.ResumeAfter = received[^1];
        await using var resumed = await AlertListener.StartAsync(server.Alerts, filter);
        foreach (var expected in raised.Skip(received.Count))
        {
            Assert.Equal(expected, (await resumed.NextAsync("a missed alert after resuming")).AlertId);
        }
    }

    private async Task<(string Number, string EntryId)> ListDocumentAsync(Severity severity, string action = "Seize")
    {
        var number = TestData.DocumentNumber();
        var entry = TestData.Document(TestData.Unique("doc"), number);
        entry.Severity = severity;
        entry.Action = action;
        await Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { entry } });
        return (number, entry.Id);
    }
}
