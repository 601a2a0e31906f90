using Checkpoint.Server.Tests.Infrastructure;
using Checkpoint.V1;
using Grpc.Core;

namespace Checkpoint.Server.Tests;

/// <summary>The supervisors' desk: filtered streams, heartbeats, listing.</summary>
public sealed class AlertDeskTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private ServerInstance Server => fixture.Server;

    [Fact]
    public async Task Subscribe_CategoryAndEventFilters_OnlyThoseArrive()
    {
        var checkpoint = TestData.Unique("CP");
        var victim = await ListPersonAsync(Category.PotentialVictim);
        var smuggler = await ListPersonAsync(Category.SmugglingSuspect);
        await using var victims = await AlertListener.StartAsync(Server.Alerts, new SubscribeAlertsRequest
        {
            CheckpointIds = { checkpoint }, Categories = { Category.PotentialVictim },
        });
        await using var resolutions = await AlertListener.StartAsync(Server.Alerts, new SubscribeAlertsRequest
        {
            CheckpointIds = { checkpoint }, Events = { AlertEventKind.Resolved },
        });

        var smugglerAlert = (await Server.Screening.ScreenTravellerAsync(TestData.ScreenName(checkpoint, smuggler))).AlertId;
        var victimAlert = (await Server.Screening.ScreenTravellerAsync(TestData.ScreenName(checkpoint, victim))).AlertId;
        await Server.Alerts.AcknowledgeAlertAsync(new AcknowledgeAlertRequest { AlertId = smugglerAlert, ExpectedVersion = 1, Actor = "s" });
        var resolved = await Server.Alerts.ResolveAlertAsync(new ResolveAlertRequest { AlertId = smugglerAlert, ExpectedVersion = 2, Actor = "s", Outcome = ResolutionOutcome.Confirmed });

        Assert.Equal(victimAlert, (await victims.NextAsync("the potential victim's alert")).AlertId);
        var first = await resolutions.NextAsync("the resolution event");
        Assert.Equal(resolved.EventId, first.EventId);
        Assert.Equal(AlertEventKind.Resolved, first.Event);
    }

    [Fact]
    public async Task Subscribe_WithHeartbeats_IdleStreamGetsHeartbeatsCarryingThePosition()
    {
        var checkpoint = TestData.Unique("CP");
        await using var listener = await AlertListener.StartAsync(Server.Alerts, new SubscribeAlertsRequest
        {
            CheckpointIds = { checkpoint }, HeartbeatSeconds = 1,
        });

        var first = await listener.NextAsync("a heartbeat", TimeSpan.FromSeconds(10));
        var second = await listener.NextAsync("a second heartbeat", TimeSpan.FromSeconds(10));

        Assert.Equal(AlertEventKind.Heartbeat, first.Event);
        Assert.Equal(AlertEventKind.Heartbeat, second.Event);
        Assert.Empty(first.AlertId);
        Assert.Matches(@"^\d+-\d+$", first.EventId);
        Assert.True(second.RaisedAt.ToDateTimeOffset() > first.RaisedAt.ToDateTimeOffset());
    }

    [Fact]
    public async Task Subscribe_HeartbeatOutOfRange_InvalidArgument()
    {
        using var call = Server.Alerts.Subscribe(new SubscribeAlertsRequest { HeartbeatSeconds = 301, Events = { AlertEventKind.Heartbeat } });

        var ex = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext());

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("heartbeat_seconds:", ex.Status.Detail);
        Assert.Contains("events[0]:", ex.Status.Detail);
    }

    [Fact]
    public async Task ListAlerts_FilteredAndPaged_NewestFirstEachOnceInCurrentState()
    {
        var checkpoint = TestData.Unique("CP");
        var name = await ListPersonAsync(Category.Wanted);
        var raised = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            raised.Add((await Server.Screening.ScreenTravellerAsync(TestData.ScreenName(checkpoint, name))).AlertId);
        }

        await Server.Screening.ScreenTravellerAsync(TestData.ScreenName("CP-OTHER", name)); // filtered out
        await Server.Alerts.ResolveAlertAsync(new ResolveAlertRequest { AlertId = raised[2], ExpectedVersion = 1, Actor = "s", Outcome = ResolutionOutcome.FalsePositive });

        var listed = new List<Alert>();
        var token = "";
        var pages = 0;
        do
        {
            var page = await Server.Alerts.ListAlertsAsync(new ListAlertsRequest { CheckpointIds = { checkpoint }, PageSize = 3, PageToken = token });
            listed.AddRange(page.Alerts);
            token = page.NextPageToken;
        }
        while (token.Length > 0 && ++pages < 20);

        Assert.Equal(Enumerable.Reverse(raised), listed.Select(a => a.AlertId));
        Assert.Equal(AlertState.Resolved, listed.Single(a => a.AlertId == raised[2]).State);

        var open = await Server.Alerts.ListAlertsAsync(new ListAlertsRequest { CheckpointIds = { checkpoint }, States = { AlertState.Resolved } });
        Assert.Equal(raised[2], Assert.Single(open.Alerts).AlertId);
    }

    [Fact]
    public async Task ListAlerts_TimeRangeBeforeAnyAlert_Empty()
    {
        var response = await Server.Alerts.ListAlertsAsync(new ListAlertsRequest
        {
            RaisedBefore = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero)),
        });

        Assert.Empty(response.Alerts);
        Assert.Empty(response.NextPageToken);
    }

    private async Task<string> ListPersonAsync(Category category)
    {
        var name = "Qz" + Guid.NewGuid().ToString("N")[..8] + " Kyaw Htet";
        await Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest
        {
            Entries = { TestData.Person(TestData.Unique("p"), name, category: category) },
        });
        return name;
    }
}

/// <summary>Retention runs against its own server and prefix: it deletes every alert older than a second.</summary>
public sealed class AlertRetentionTests
{
    [Fact]
    public async Task Retention_AlertsOlderThanRetention_DeletedFromStreamAndState()
    {
        await using var server = await ServerInstance.StartAsync(TestRedis.UniquePrefix("ret"), settings: new Dictionary<string, string?>
        {
            ["Alerts:Retention"] = "00:00:01",
            ["Alerts:RetentionSweepInterval"] = "00:00:00.200",
        });
        var number = TestData.DocumentNumber();
        await server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { TestData.Document(TestData.Unique("doc"), number) } });
        var alertId = (await server.Screening.ScreenTravellerAsync(TestData.ScreenDocument("CP-RET", number))).AlertId;
        await server.Alerts.AcknowledgeAlertAsync(new AcknowledgeAlertRequest { AlertId = alertId, ExpectedVersion = 1, Actor = "s" });

        await TaskTimeouts.Eventually(async () =>
        {
            try
            {
                await server.Alerts.GetAlertAsync(new GetAlertRequest { AlertId = alertId });
                return false;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                return true;
            }
        }, "the retention sweep to delete the alert");

        var listed = await server.Alerts.ListAlertsAsync(new ListAlertsRequest());
        Assert.Empty(listed.Alerts);
    }
}
