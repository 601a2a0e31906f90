using Checkpoint.Server.Tests.Infrastructure;
using Checkpoint.V1;
using Grpc.Core;
using Grpc.Health.V1;

namespace Checkpoint.Server.Tests;

/// <summary>Redis going away and coming back: clear UNAVAILABLE meanwhile, recovery by itself, nothing lost.</summary>
public sealed class RedisOutageTests
{
    [Fact]
    public async Task RedisStoppedAndRestarted_CallsUnavailableThenServerRecoversWithData()
    {
        await using var redis = new OwnRedisServer();
        await redis.StartAsync();
        await using var server = await ServerInstance.StartAsync(TestRedis.UniquePrefix("outage"), redis.ConnectionString);
        var number = TestData.DocumentNumber();
        await server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { TestData.Document(TestData.Unique("doc"), number) } });
        var before = await server.Screening.ScreenTravellerAsync(TestData.ScreenDocument("CP-OUT", number));
        await using var listener = await AlertListener.StartAsync(server.Alerts, new SubscribeAlertsRequest { CheckpointIds = { "CP-OUT" } });

        await redis.KillAsync();

        var screenDown = await Assert.ThrowsAsync<RpcException>(() => server.Screening.ScreenTravellerAsync(TestData.ScreenDocument("CP-OUT", number)).ResponseAsync);
        var upsertDown = await Assert.ThrowsAsync<RpcException>(() => server.Watchlist.UpsertEntriesAsync(
            new UpsertEntriesRequest { Entries = { TestData.Document(TestData.Unique("doc"), "X1") } }).ResponseAsync);
        Assert.Equal(StatusCode.Unavailable, screenDown.StatusCode);
        Assert.Contains("Redis", screenDown.Status.Detail);
        Assert.Equal(StatusCode.Unavailable, upsertDown.StatusCode);
        await server.WaitForHealthAsync(HealthCheckResponse.Types.ServingStatus.NotServing);

        await redis.StartAsync();

        await server.WaitForHealthAsync(HealthCheckResponse.Types.ServingStatus.Serving, TimeSpan.FromSeconds(30));
        ScreeningResult? after = null;
        await TaskTimeouts.Eventually(async () =>
        {
            try
            {
                after = await server.Screening.ScreenTravellerAsync(TestData.ScreenDocument("CP-OUT", number));
                return true;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Unavailable)
            {
                return false;
            }
        }, "screening to work again after Redis restarted", TimeSpan.FromSeconds(30));

        Assert.Equal(Decision.Hit, before.Decision);
        Assert.Equal(Decision.Hit, after!.Decision);
        var stored = await server.Alerts.GetAlertAsync(new GetAlertRequest { AlertId = before.AlertId });
        Assert.Equal(before.AlertId, stored.AlertId);

        // The live stream survived the outage: the alert raised after recovery arrives on it.
        await listener.ReadUntilAsync(after.AlertId, "the alert raised after recovery");
        Assert.Null(listener.EndStatus);
    }
}
