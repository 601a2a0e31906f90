using Checkpoint.Server.Tests.Infrastructure;
using Checkpoint.V1;
using Grpc.Core;

namespace Checkpoint.Server.Tests;

public sealed class CheckpointRegionTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private ServerInstance Server => fixture.Server;

    [Fact]
    public async Task Checkpoints_UpsertListGetDelete_RoundTrip()
    {
        var region = TestData.Unique("reg").ToLowerInvariant();
        var id = TestData.Unique("CP");
        await Server.Checkpoints.UpsertCheckpointAsync(new UpsertCheckpointRequest
        {
            Checkpoint = new CheckpointInfo { Id = id, Name = "Myawaddy bridge", Region = region, Country = "mmr" },
        });

        var listed = await Server.Checkpoints.ListCheckpointsAsync(new ListCheckpointsRequest { Region = region });
        var got = await Server.Checkpoints.GetCheckpointAsync(new GetCheckpointRequest { CheckpointId = id });
        await Server.Checkpoints.DeleteCheckpointAsync(new DeleteCheckpointRequest { CheckpointId = id });
        var gone = await Assert.ThrowsAsync<RpcException>(() => Server.Checkpoints.GetCheckpointAsync(new GetCheckpointRequest { CheckpointId = id }).ResponseAsync);

        Assert.Equal(id, Assert.Single(listed.Checkpoints).Id);
        Assert.Equal("MMR", got.Country);
        Assert.Equal(StatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task UpsertCheckpoint_BadRegionAndCountry_InvalidArgumentNamingThem()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Server.Checkpoints.UpsertCheckpointAsync(new UpsertCheckpointRequest
        {
            Checkpoint = new CheckpointInfo { Id = "CP-1", Region = "Mae Sot", Country = "XYZ" },
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("checkpoint.region:", ex.Status.Detail);
        Assert.Contains("checkpoint.country:", ex.Status.Detail);
    }

    [Fact]
    public async Task SubscribeAndList_ByRegion_OnlyThatRegionsCheckpoints()
    {
        var region = TestData.Unique("reg").ToLowerInvariant();
        var inRegion = TestData.Unique("CP");
        var elsewhere = TestData.Unique("CP");
        await Server.Checkpoints.UpsertCheckpointAsync(new UpsertCheckpointRequest { Checkpoint = new CheckpointInfo { Id = inRegion, Region = region } });
        await Server.Checkpoints.UpsertCheckpointAsync(new UpsertCheckpointRequest { Checkpoint = new CheckpointInfo { Id = elsewhere, Region = region + "-x" } });
        var number = TestData.DocumentNumber();
        await Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { TestData.Document(TestData.Unique("doc"), number) } });
        await using var listener = await AlertListener.StartAsync(Server.Alerts, new SubscribeAlertsRequest { Regions = { region } });

        await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument(elsewhere, number));
        var wanted = await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument(inRegion, number));

        Assert.Equal(wanted.AlertId, (await listener.NextAsync("the alert from the region's checkpoint")).AlertId);
        var listed = await Server.Alerts.ListAlertsAsync(new ListAlertsRequest { Regions = { region } });
        Assert.Equal(wanted.AlertId, Assert.Single(listed.Alerts).AlertId);
    }
}
