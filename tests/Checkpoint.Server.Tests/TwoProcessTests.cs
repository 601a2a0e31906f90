using Checkpoint.Server.Tests.Infrastructure;
using Checkpoint.V1;
using Grpc.Core;

namespace Checkpoint.Server.Tests;

/// <summary>Two server processes on one Redis: a supervisor whose server dies resumes on the other, losing nothing.</summary>
public sealed class TwoProcessTests
{
    [Fact]
    public async Task SubscriberServerKilled_ResumesOnOtherProcess_NoGapNoDuplicate()
    {
        var prefix = TestRedis.UniquePrefix("proc");
        await using var a = await ServerProcess.StartAsync(prefix);
        await using var b = await ServerProcess.StartAsync(prefix);
        var number = TestData.DocumentNumber();
        await a.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { TestData.Document(TestData.Unique("doc"), number) } });
        var checkpoint = TestData.Unique("CP");
        var filter = new SubscribeAlertsRequest { CheckpointIds = { checkpoint } };

        // The supervisor is connected to B; an alert raised through A reaches it.
        string lastSeen;
        await using (var onB = await AlertListener.StartAsync(b.Alerts, filter))
        {
            var first = await a.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number));
            lastSeen = (await onB.NextAsync("the first alert, raised on A, on B")).EventId;
            Assert.Equal(first.AlertId, lastSeen);

            await b.KillAsync();
            await onB.Ended.Within("the stream on the killed server to end");
            Assert.NotEqual(StatusCode.OK, onB.EndStatus?.StatusCode);
        }

        // While the supervisor is away: new alerts and a change to the first one.
        var missed = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            missed.Add((await a.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number))).AlertId);
        }

        var ack = await a.Alerts.AcknowledgeAlertAsync(new AcknowledgeAlertRequest { AlertId = lastSeen, ExpectedVersion = 1, Actor = "sup" });
        missed.Add(ack.EventId);

        filter.ResumeAfter = lastSeen;
        await using var onA = await AlertListener.StartAsync(a.Alerts, filter);
        var live = await a.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number));

        var received = new List<string>();
        for (var i = 0; i < missed.Count + 1; i++)
        {
            received.Add((await onA.NextAsync($"event {i + 1} of {missed.Count + 1} after resuming on A")).EventId);
        }

        Assert.Equal([.. missed, live.AlertId], received);
        var sentinel = await a.Screening.ScreenTravellerAsync(TestData.ScreenDocument(checkpoint, number));
        Assert.Equal(sentinel.AlertId, (await onA.NextAsync("the sentinel")).EventId);
    }
}
