using Checkpoint.Cli.Import;
using Checkpoint.Cli.Output;
using Checkpoint.V1;
using Google.Protobuf.WellKnownTypes;

namespace Checkpoint.Cli.Tests.Output;

public class DisplayTests
{
    [Theory]
    [InlineData(0.915, "92%")]
    [InlineData(1.0, "100%")]
    [InlineData(0.0, "0%")]
    public void Percent_Score_RoundsToWholePercent(double score, string expected)
    {
        Assert.Equal(expected, Display.Percent(score));
    }

    [Fact]
    public void Rejection_ServerReasonStartingWithField_SaysFieldOnce()
    {
        var line = Display.Rejection(new ImportRejection(17, "wl-17", "person.names", "person.names: required"));

        Assert.Equal("line 17 (id wl-17): person.names: required", line);
    }

    [Fact]
    public void Rejection_FileReasonAndUnknownLine_AreShown()
    {
        Assert.Equal("line 4 (id b): severity: unknown value 'HUGE'", Display.Rejection(new ImportRejection(4, "b", "severity", "unknown value 'HUGE'")));
        Assert.Equal("line ?: bad", Display.Rejection(new ImportRejection(0, "", "", "bad")));
    }

    [Fact]
    public void ImportSummary_ManyRejections_ListsFirstByLineAndCountsTheRest()
    {
        var response = new ImportEntriesResponse { AcceptedCount = 10, RejectedCount = 2, WatchlistVersion = 7 };
        var file = new List<ImportRejection> { new(9, "f", "kind", "unknown value 'X'") };
        var server = new List<ImportRejection> { new(12, "s1", "list", "list: required"), new(3, "s2", "id", "id: bad") };

        var lines = Display.ImportSummary(response, file, server, limit: 2).ToList();

        Assert.Equal(
        [
            "accepted 10, rejected 2 (server) + 1 (file), watchlist version 7",
            "line 3 (id s2): id: bad",
            "line 9 (id f): kind: unknown value 'X'",
            "... and 1 more rejected",
        ], lines);
    }

    [Fact]
    public void AlertLine_Alert_ShowsWhoAndBestHit()
    {
        var alert = new Alert
        {
            AlertId = "1700000000000-3",
            CheckpointId = "CP-MYAWADDY",
            RaisedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero)),
            Severity = Severity.Critical,
            Decision = Decision.Hit,
            Traveller = new Traveller { Name = "Aung Kyaw" },
            Document = new TravelDocument { Number = "MA123" },
            Hits = { new Hit { EntryId = "wl-1", Score = 0.97, Reasons = { "document number matches", "name matches" } } },
        };

        var line = Display.AlertLine(alert);

        Assert.Contains("1700000000000-3  CP-MYAWADDY  CRITICAL", line);
        Assert.Contains("HIT", line);
        Assert.Contains("name \"Aung Kyaw\" doc MA123", line);
        Assert.EndsWith("best wl-1 97% (document number matches)", line);
    }

    [Fact]
    public void Screening_HitResult_ListsReasonsIndentedAndAction()
    {
        var result = new ScreeningResult
        {
            ScreeningId = "s-1",
            Decision = Decision.Review,
            AlertId = "a-1",
            Hits =
            {
                new Hit
                {
                    EntryId = "wl-1", List = "national-wanted", Category = Category.Wanted, Severity = Severity.High,
                    Score = 0.8, Decision = Decision.Review, Reasons = { "name similar" }, Action = "Check the passport",
                },
            },
        };

        var lines = Display.Screening(result).ToList();

        Assert.Equal("decision:     REVIEW", lines[0]);
        Assert.Contains("  1. wl-1 on national-wanted: WANTED, severity HIGH, score 80%, REVIEW", lines);
        Assert.Contains("       name similar", lines);
        Assert.Contains("     action: Check the passport", lines);
    }

    [Fact]
    public void EntryLine_DocumentEntry_ShowsDocumentNumber()
    {
        var entry = new WatchlistEntry
        {
            Id = "d-1", List = "sltd", Kind = EntryKind.Document, Category = Category.LostStolenDocument,
            Severity = Severity.Medium, Document = new TravelDocument { Number = "X123" },
        };

        var line = Display.EntryLine(entry);

        Assert.StartsWith("d-1 ", line);
        Assert.Contains("DOCUMENT", line);
        Assert.EndsWith("doc X123", line);
    }

    [Fact]
    public void ImportProgress_Redirected_PrintsOneLinePerTenPercent()
    {
        var error = new StringWriter();
        var progress = new ImportProgress(error, total: 50, terminal: false);

        for (var sent = 1; sent <= 50; sent++)
        {
            progress.Report(sent);
        }

        progress.Finish();
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Length);
        Assert.Equal("importing 5/50 (10%)", lines[0].TrimEnd('\r'));
        Assert.Equal("importing 50/50 (100%)", lines[^1].TrimEnd('\r'));
    }

    [Fact]
    public void ImportProgress_Terminal_RedrawsInPlaceAndEndsLine()
    {
        var error = new StringWriter();
        var progress = new ImportProgress(error, total: 4, terminal: true);

        progress.Report(1);
        progress.Report(4);
        progress.Finish();

        Assert.Equal($"\rimporting 1/4 (25%)\rimporting 4/4 (100%){Environment.NewLine}", error.ToString());
    }
}
