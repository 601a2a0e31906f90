using Checkpoint.Server.Tests.Infrastructure;
using Checkpoint.V1;

namespace Checkpoint.Server.Tests;

/// <summary>Look-back: an entry listed after a traveller crossed still raises an alert, once, marked retroactive.</summary>
public sealed class LookBackTests() : TwoServers("look")
{
    [Fact]
    public async Task EntryListedAfterScreening_RetroactiveAlertOnceAcrossInstances()
    {
        var name = "Qr" + Guid.NewGuid().ToString("N")[..8] + " Aung Min";
        var checkpoint = TestData.Unique("CP");
        var earlier = await One.Screening.ScreenTravellerAsync(TestData.ScreenName(checkpoint, name, "1990-05-05"));
        Assert.Equal(Decision.Clear, earlier.Decision);
        await using var desk = await AlertListener.StartAsync(Two.Alerts, new SubscribeAlertsRequest { CheckpointIds = { checkpoint } });

        var entry = TestData.Person(TestData.Unique("p"), name, "1990-05-05");
        await Two.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { entry } });

        var retro = await desk.NextAsync("the retroactive alert");
        Assert.True(retro.Retroactive);
        Assert.Equal(earlier.ScreeningId, retro.ScreeningId);
        Assert.Equal(entry.Id, Assert.Single(retro.Hits).EntryId);
        Assert.NotNull(retro.ScreenedAt);
        Assert.True(retro.ScreenedAt.ToDateTimeOffset() <= retro.RaisedAt.ToDateTimeOffset());

        // Both instances follow the change feed, but only one looked back: the next alert is a fresh one.
        var fresh = await One.Screening.ScreenTravellerAsync(TestData.ScreenName(checkpoint, name, "1990-05-05"));
        var next = await desk.NextAsync("the fresh alert after the retroactive one");
        Assert.Equal(fresh.AlertId, next.AlertId);
        Assert.False(next.Retroactive);
    }
}
