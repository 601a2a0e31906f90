using Checkpoint.Server.Tests.Infrastructure;
using Checkpoint.V1;
using Grpc.Core;

namespace Checkpoint.Server.Tests;

public sealed class DocumentServiceTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    // ICAO Doc 9303 Part 4 specimen passport (Utopia, expired 2012-04-15).
    private const string SpecimenTd3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";

    private ServerInstance Server => fixture.Server;

    [Fact]
    public async Task ReadMrz_IcaoSpecimenPassport_AllFieldsAndNoFailures()
    {
        var reading = await Server.Documents.ReadMrzAsync(new ReadMrzRequest { Mrz = SpecimenTd3 });

        Assert.Equal(MrzFormat.Td3, reading.Format);
        Assert.Equal("ERIKSSON", reading.Surname);
        Assert.Equal("ANNA MARIA", reading.GivenNames);
        Assert.Equal("L898902C3", reading.DocumentNumber);
        Assert.Equal("1974-08-12", reading.DateOfBirth);
        Assert.Equal("2012-04-15", reading.ExpiryDate);
        Assert.Equal("F", reading.Sex);
        Assert.Empty(reading.CheckDigitFailures);
    }

    [Fact]
    public async Task ReadMrz_Malformed_InvalidArgumentNamingLine()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Server.Documents.ReadMrzAsync(
            new ReadMrzRequest { Mrz = SpecimenTd3[..^1] }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("mrz:", ex.Status.Detail);
        Assert.Contains("line 2", ex.Status.Detail);
    }

    [Fact]
    public async Task ScreenTraveller_MrzOfListedDocument_HitWithExpiryFinding()
    {
        await Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { TestData.Document(TestData.Unique("doc"), "L898902C3", "UTO") } });

        var result = await Server.Screening.ScreenTravellerAsync(new ScreenTravellerRequest
        {
            CheckpointId = "CP-MRZ",
            Document = new TravelDocument { Mrz = SpecimenTd3 },
        });

        Assert.Equal(Decision.Hit, result.Decision);
        Assert.Contains(result.Hits, h => h.Reasons.Contains("document number matches, issued by UTO"));
        Assert.Equal("expired", Assert.Single(result.DocumentFindings).Code);
        var alert = await Server.Alerts.GetAlertAsync(new GetAlertRequest { AlertId = result.AlertId });
        Assert.Equal("ANNA MARIA ERIKSSON", alert.Traveller.Name);
        Assert.Equal("L898902C3", alert.Document.Number);
        Assert.Equal("expired", Assert.Single(alert.DocumentFindings).Code);
    }

    [Fact]
    public async Task ScreenTraveller_MrzWithBrokenCheckDigitAndExplicitName_ReviewWithFindingExplicitFieldWins()
    {
        // A server of its own: another test here lists the specimen's document number.
        await using var server = await ServerInstance.StartAsync(TestRedis.UniquePrefix("mrz"));
        var broken = SpecimenTd3.Replace("C36UTO", "C37UTO"); // document number check digit 6 -> 7
        var name = "Zq" + Guid.NewGuid().ToString("N")[..6] + " Nobody";

        var result = await server.Screening.ScreenTravellerAsync(new ScreenTravellerRequest
        {
            CheckpointId = "CP-MRZ",
            Traveller = new Traveller { Name = name },
            Document = new TravelDocument { Mrz = broken, ExpiryDate = "2099-01-01" },
        });

        Assert.Equal(Decision.Review, result.Decision);
        Assert.Empty(result.Hits);
        Assert.Equal(["mrz_check_digit:document_number", "mrz_check_digit:composite"], result.DocumentFindings.Select(f => f.Code));
        var alert = await server.Alerts.GetAlertAsync(new GetAlertRequest { AlertId = result.AlertId });
        Assert.Equal(name, alert.Traveller.Name);
        Assert.Equal("2099-01-01", alert.Document.ExpiryDate);
        Assert.Equal(Severity.Medium, alert.Severity);
    }
}
