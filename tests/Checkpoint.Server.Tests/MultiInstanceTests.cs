using Checkpoint.Server.Tests.Infrastructure;
using Checkpoint.V1;

namespace Checkpoint.Server.Tests;

/// <summary>Two server instances on one Redis behave as one service.</summary>
public sealed class MultiInstanceTests() : TwoServers("multi")
{
    [Fact]
    public async Task WatchlistChangeOnOneInstance_NextScreeningOnTheOther_SeesIt()
    {
        var number = TestData.DocumentNumber();
        var entry = TestData.Document(TestData.Unique("doc"), number);

        await One.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { entry } });
        var hit = await Two.Screening.ScreenTravellerAsync(TestData.ScreenDocument("CP-2", number));
        await One.Watchlist.DeleteEntryAsync(new DeleteEntryRequest { EntryId = entry.Id });
        var clear = await Two.Screening.ScreenTravellerAsync(TestData.ScreenDocument("CP-2", number));

        Assert.Equal(Decision.Hit, hit.Decision);
        Assert.Equal(Decision.Clear, clear.Decision);
    }

    [Fact]
    public async Task AlertRaisedOnOneInstance_ReachesSubscribersOnBoth_OnceEach()
    {
        var number = TestData.DocumentNumber();
        await One.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { TestData.Document(TestData.Unique("doc"), number) } });
        var checkpoint = TestData.Unique("CP");
        var filter = new SubscribeAlertsRequest { CheckpointIds = { checkpoint } };
        await using var onOne = await AlertListener.StartAsync(One.Alerts, filter);
        await using var onTwo = await AlertListener.StartAsync(Two.Alerts, filter);

        var first = await One.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number));
        var second = await Two.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number));

        foreach (var listener in new[] { onOne, onTwo })
        {
            Assert.Equal(first.AlertId, (await listener.NextAsync("the alert raised on instance one")).AlertId);
            Assert.Equal(second.AlertId, (await listener.NextAsync("the alert raised on instance two")).AlertId);
        }
    }

    [Fact]
    public async Task InstanceStartedAfterWrites_LoadsExistingWatchlist()
    {
        var number = TestData.DocumentNumber();
        await One.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { TestData.Document(TestData.Unique("doc"), number) } });

        await using var late = await ServerInstance.StartAsync(Prefix);
        var result = await late.Screening.ScreenTravellerAsync(TestData.ScreenDocument("CP-LATE", number));

        Assert.Equal(Decision.Hit, result.Decision);
    }
}
