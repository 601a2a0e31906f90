using Checkpoint.Server.Tests.Infrastructure;
using Checkpoint.V1;

namespace Checkpoint.Server.Tests;

/// <summary>Two server instances on one Redis behave as one service.</summary>
public sealed class MultiInstanceTests : IAsyncLifetime
{
    private readonly string _prefix = TestRedis.UniquePrefix("multi");
    private ServerInstance _one = null!;
    private ServerInstance _two = null!;

    public async Task InitializeAsync()
    {
        _one = await ServerInstance.StartAsync(_prefix);
        _two = await ServerInstance.StartAsync(_prefix);
    }

    public async Task DisposeAsync()
    {
        await _one.DisposeAsync();
        await _two.DisposeAsync();
    }

    [Fact]
    public async Task WatchlistChangeOnOneInstance_NextScreeningOnTheOther_SeesIt()
    {
        var number = TestData.DocumentNumber();
        var entry = TestData.Document(TestData.Unique("doc"), number);

        await _one.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { entry } });
        var hit = await _two.Screening.ScreenTravellerAsync(TestData.ScreenDocument("CP-2", number));
        await _one.Watchlist.DeleteEntryAsync(new DeleteEntryRequest { EntryId = entry.Id });
        var clear = await _two.Screening.ScreenTravellerAsync(TestData.ScreenDocument("CP-2", number));

        Assert.Equal(Decision.Hit, hit.Decision);
        Assert.Equal(Decision.Clear, clear.Decision);
    }

    [Fact]
    public async Task AlertRaisedOnOneInstance_ReachesSubscribersOnBoth_OnceEach()
    {
        var number = TestData.DocumentNumber();
        await _one.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { TestData.Document(TestData.Unique("doc"), number) } });
        var checkpoint = TestData.Unique("CP");
        var filter = new SubscribeAlertsRequest { CheckpointIds = { checkpoint } };
        await using var onOne = await AlertListener.StartAsync(_one.Alerts, filter);
        await using var onTwo = await AlertListener.StartAsync(_two.Alerts, filter);

        var first = await _one.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number));
        var second = await _two.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number));

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
        await _one.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { TestData.Document(TestData.Unique("doc"), number) } });

        await using var late = await ServerInstance.StartAsync(_prefix);
        var result = await late.Screening.ScreenTravellerAsync(TestData.ScreenDocument("CP-LATE", number));

        Assert.Equal(Decision.Hit, result.Decision);
    }
}
