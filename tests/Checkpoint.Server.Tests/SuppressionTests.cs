using Checkpoint.Server.Tests.Infrastructure;
using Checkpoint.V1;
using Grpc.Core;

namespace Checkpoint.Server.Tests;

/// <summary>A FALSE_POSITIVE can suppress the same traveller-entry pair for a while; revocable, void when the entry changes.</summary>
public sealed class SuppressionTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private ServerInstance Server => fixture.Server;

    [Fact]
    public async Task FalsePositiveSuppressed_SamePairShownSuppressedWithoutAlert_UntilRevoked()
    {
        var (entry, request) = await ListedDocumentAsync();
        var first = await Server.Screening.ScreenTravellerAsync(request);
        await Server.Alerts.ResolveAlertAsync(new ResolveAlertRequest
        {
            AlertId = first.AlertId, ExpectedVersion = 1, Actor = "sup-thandar", Outcome = ResolutionOutcome.FalsePositive,
            Note = "different holder, same number reissued", SuppressDays = 30,
        });

        var again = await Server.Screening.ScreenTravellerAsync(request);

        Assert.Equal(Decision.Clear, again.Decision);
        Assert.Empty(again.AlertId);
        var hit = Assert.Single(again.Hits);
        Assert.Equal("sup-thandar", hit.SuppressedBy.CreatedBy);
        Assert.Equal("different holder, same number reissued", hit.SuppressedBy.Reason);
        Assert.Equal(first.AlertId, hit.SuppressedBy.AlertId);

        var listed = await Server.Alerts.ListSuppressionsAsync(new ListSuppressionsRequest { EntryId = entry.Id });
        var suppression = Assert.Single(listed.Suppressions);
        Assert.StartsWith("document ", suppression.Traveller);
        await Server.Alerts.RevokeSuppressionAsync(new RevokeSuppressionRequest { SuppressionId = suppression.SuppressionId, Actor = "sup-b" });

        var afterRevoke = await Server.Screening.ScreenTravellerAsync(request);
        Assert.Equal(Decision.Hit, afterRevoke.Decision);
        Assert.NotEmpty(afterRevoke.AlertId);
        Assert.Null(Assert.Single(afterRevoke.Hits).SuppressedBy);
    }

    [Fact]
    public async Task Suppression_EntryChangedAfterwards_NoLongerApplies()
    {
        var (entry, request) = await ListedDocumentAsync();
        var first = await Server.Screening.ScreenTravellerAsync(request);
        await Server.Alerts.ResolveAlertAsync(new ResolveAlertRequest
        {
            AlertId = first.AlertId, ExpectedVersion = 1, Actor = "s", Outcome = ResolutionOutcome.FalsePositive, SuppressDays = 30,
        });

        entry.Category = Category.ForgedDocument; // new intelligence on the document
        await Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { entry } });
        var again = await Server.Screening.ScreenTravellerAsync(request);

        Assert.Equal(Decision.Hit, again.Decision);
        Assert.NotEmpty(again.AlertId);
    }

    [Fact]
    public async Task Resolve_SuppressWithoutFalsePositive_InvalidArgument()
    {
        var (_, request) = await ListedDocumentAsync();
        var first = await Server.Screening.ScreenTravellerAsync(request);

        var ex = await Assert.ThrowsAsync<RpcException>(() => Server.Alerts.ResolveAlertAsync(new ResolveAlertRequest
        {
            AlertId = first.AlertId, ExpectedVersion = 1, Actor = "s", Outcome = ResolutionOutcome.Confirmed, SuppressDays = 5,
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("suppress_days:", ex.Status.Detail);
    }

    private async Task<(WatchlistEntry Entry, ScreenTravellerRequest Request)> ListedDocumentAsync()
    {
        var number = TestData.DocumentNumber();
        var entry = TestData.Document(TestData.Unique("doc"), number);
        await Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { entry } });
        return (entry, TestData.ScreenDocument(TestData.Unique("CP"), number));
    }
}
