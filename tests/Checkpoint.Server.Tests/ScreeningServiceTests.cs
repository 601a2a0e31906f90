using Checkpoint.Server.Tests.Infrastructure;
using Checkpoint.V1;

namespace Checkpoint.Server.Tests;

public sealed class ScreeningServiceTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private ServerInstance Server => fixture.Server;

    [Fact]
    public async Task ScreenTraveller_ListedDocumentWrittenDifferently_IsHitWithStoredAlert()
    {
        var number = TestData.DocumentNumber();
        var entry = TestData.Document(TestData.Unique("doc"), number);
        await Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { entry } });

        var typed = number.ToLowerInvariant().Insert(3, "-").Insert(6, " ");
        var result = await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument("CP-DOC", typed));

        Assert.Equal(Decision.Hit, result.Decision);
        var hit = Assert.Single(result.Hits);
        Assert.Equal(entry.Id, hit.EntryId);
        Assert.Equal(Category.LostStolenDocument, hit.Category);
        Assert.Contains("document number matches, issued by MMR", hit.Reasons);
        Assert.NotEmpty(result.AlertId);

        var alert = await Server.Alerts.GetAlertAsync(new GetAlertRequest { AlertId = result.AlertId });
        Assert.Equal("CP-DOC", alert.CheckpointId);
        Assert.Equal(result.ScreeningId, alert.ScreeningId);
        Assert.Equal(entry.Id, Assert.Single(alert.Hits).EntryId);
        Assert.Equal(Severity.Medium, alert.Severity);
    }

    [Fact]
    public async Task ScreenTraveller_SameNumberOtherIssuingCountry_IsClear()
    {
        var number = TestData.DocumentNumber();
        await Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { TestData.Document(TestData.Unique("doc"), number, "THA") } });

        var result = await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument("CP-DOC", number, "MMR"));

        Assert.Equal(Decision.Clear, result.Decision);
        Assert.Empty(result.Hits);
        Assert.Empty(result.AlertId);
    }

    [Fact]
    public async Task ScreenTraveller_NameInOtherOrderAndCase_HitsAliasWithReasons()
    {
        var surname = "Qx" + Guid.NewGuid().ToString("N")[..6]; // unlike any other test's names
        var entry = TestData.Person(TestData.Unique("p"), $"Maung {surname} Win", "1985-02-01", "MMR", Severity.Critical,
            Category.TraffickingSuspect, $"Mg {surname} Winn");
        await Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { entry } });

        var request = TestData.ScreenName("CP-NAME", $"WINN {surname.ToUpperInvariant()} mg", "1985-02-01");
        var result = await Server.Screening.ScreenTravellerAsync(request);

        Assert.Equal(Decision.Hit, result.Decision);
        var hit = Assert.Single(result.Hits);
        Assert.Equal(entry.Id, hit.EntryId);
        Assert.Equal(Severity.Critical, hit.Severity);
        Assert.Contains($"name matches alias 'Mg {surname} Winn'", hit.Reasons);
        Assert.Contains("date of birth matches", hit.Reasons);
        Assert.InRange(hit.Score, 0.95, 1.0);
    }

    [Fact]
    public async Task ScreenTraveller_UnlistedTraveller_IsClearWithoutAlert()
    {
        var result = await Server.Screening.ScreenTravellerAsync(TestData.ScreenName("CP-NAME", "Zyxw Vutsrq " + Guid.NewGuid().ToString("N")[..5]));

        Assert.Equal(Decision.Clear, result.Decision);
        Assert.Empty(result.AlertId);
        Assert.NotEmpty(result.ScreeningId);
    }

    [Fact]
    public async Task ScreenTraveller_AfterDelete_NoLongerHits()
    {
        var number = TestData.DocumentNumber();
        var entry = TestData.Document(TestData.Unique("doc"), number);
        await Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { entry } });
        var before = await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument("CP-DEL", number));

        await Server.Watchlist.DeleteEntryAsync(new DeleteEntryRequest { EntryId = entry.Id });
        var after = await Server.Screening.ScreenTravellerAsync(TestData.ScreenDocument("CP-DEL", number));

        Assert.Equal(Decision.Hit, before.Decision);
        Assert.Equal(Decision.Clear, after.Decision);
    }
}
