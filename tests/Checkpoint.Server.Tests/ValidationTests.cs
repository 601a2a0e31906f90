using Checkpoint.Server.Tests.Infrastructure;
using Checkpoint.V1;
using Google.Rpc;
using Grpc.Core;

namespace Checkpoint.Server.Tests;

/// <summary>Bad input gets INVALID_ARGUMENT naming the field, in the message and in a BadRequest detail, and nothing is stored.</summary>
public sealed class ValidationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private ServerInstance Server => fixture.Server;

    public static TheoryData<string, ScreenTravellerRequest> BadScreenings => new()
    {
        { "checkpoint_id", new ScreenTravellerRequest() },
        { "traveller", new ScreenTravellerRequest { CheckpointId = "CP-1" } },
        { "traveller.date_of_birth", TestData.ScreenName("CP-1", "Aung Aung", "14/03/1979") },
        { "traveller.date_of_birth", TestData.ScreenName("CP-1", "Aung Aung", "1979-02-30") },
        { "traveller.nationality", new ScreenTravellerRequest { CheckpointId = "CP-1", Traveller = new Traveller { Name = "A B", Nationality = "BURMA" } } },
        { "traveller.sex", new ScreenTravellerRequest { CheckpointId = "CP-1", Traveller = new Traveller { Name = "A B", Sex = (Sex)42 } } },
        { "traveller.name", TestData.ScreenName("CP-1", new string('a', 201)) },
        { "document.issuing_country", TestData.ScreenDocument("CP-1", "AB123", "XYZ") },
        { "document.number", TestData.ScreenDocument("CP-1", new string('1', 33)) },
        { "document.expiry_date", new ScreenTravellerRequest { CheckpointId = "CP-1", Document = new TravelDocument { Number = "A1", ExpiryDate = "2030" } } },
        { "itinerary.via[1]", new ScreenTravellerRequest { CheckpointId = "CP-1", Traveller = new Traveller { Name = "A B" }, Itinerary = new Itinerary { Via = { "THA/Mae Sot", "Bangkok" } } } },
        { "checkpoint_id", new ScreenTravellerRequest { CheckpointId = "CP 1 with spaces", Traveller = new Traveller { Name = "A B" } } },
    };

    [Theory]
    [MemberData(nameof(BadScreenings))]
    public async Task ScreenTraveller_BadField_InvalidArgumentNamingIt(string field, ScreenTravellerRequest request)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Server.Screening.ScreenTravellerAsync(request).ResponseAsync);

        AssertNamesField(ex, field);
    }

    [Fact]
    public async Task UpsertEntries_OneBadEntryInBatch_NothingStored()
    {
        var good = TestData.Person(TestData.Unique("v"), "Good Entry");
        var bad = TestData.Person(TestData.Unique("v"), "Bad Entry");
        bad.Category = (Category)99;
        var request = new UpsertEntriesRequest { Entries = { good, bad } };

        var ex = await Assert.ThrowsAsync<RpcException>(() => Server.Watchlist.UpsertEntriesAsync(request).ResponseAsync);

        AssertNamesField(ex, "entries[1].category");
        var get = await Assert.ThrowsAsync<RpcException>(() => Server.Watchlist.GetEntryAsync(new GetEntryRequest { EntryId = good.Id }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, get.StatusCode);
    }

    public static TheoryData<string, WatchlistEntry> BadEntries()
    {
        var data = new TheoryData<string, WatchlistEntry>();
        void Add(string field, Action<WatchlistEntry> spoil)
        {
            var entry = TestData.Person(TestData.Unique("v"), "Some Person", "1980", "MMR");
            spoil(entry);
            data.Add(field, entry);
        }

        Add("entries[0].id", e => e.Id = "");
        Add("entries[0].id", e => e.Id = "has space");
        Add("entries[0].list", e => e.List = "Upper Case");
        Add("entries[0].kind", e => e.Kind = EntryKind.Unspecified);
        Add("entries[0].severity", e => e.Severity = (Severity)17);
        Add("entries[0].person.names", e => e.Person.Names.Clear());
        Add("entries[0].person.names[0]", e => e.Person.Names[0] = "---");
        Add("entries[0].person.names[0]", e => e.Person.Names[0] = new string('x', 201));
        Add("entries[0].person.date_of_birth", e => e.Person.DateOfBirth = "1980-1-1");
        Add("entries[0].person.nationality", e => e.Person.Nationality = "MM");
        Add("entries[0].action", e => e.Action = new string('x', 1001));
        Add("entries[0].person", e => e.Person = null);
        Add("entries[0].document.number", e => { e.Kind = EntryKind.Document; e.Person = null; });
        return data;
    }

    [Theory]
    [MemberData(nameof(BadEntries))]
    public async Task UpsertEntries_BadField_InvalidArgumentNamingIt(string field, WatchlistEntry entry)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { entry } }).ResponseAsync);

        AssertNamesField(ex, field);
    }

    [Fact]
    public async Task UpsertEntries_DuplicateIdsInOneRequest_Refused()
    {
        var id = TestData.Unique("dup");
        var request = new UpsertEntriesRequest { Entries = { TestData.Person(id, "One Person"), TestData.Person(id, "Other Person") } };

        var ex = await Assert.ThrowsAsync<RpcException>(() => Server.Watchlist.UpsertEntriesAsync(request).ResponseAsync);

        AssertNamesField(ex, "entries[1].id");
    }

    [Fact]
    public async Task UpsertEntries_Empty_Refused()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest()).ResponseAsync);

        AssertNamesField(ex, "entries");
    }

    [Fact]
    public async Task ListEntries_ForgedPageToken_Refused()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Server.Watchlist.ListEntriesAsync(new ListEntriesRequest { PageToken = "not a token!" }).ResponseAsync);

        AssertNamesField(ex, "page_token");
    }

    [Fact]
    public async Task Subscribe_MalformedResumeAfter_Refused()
    {
        using var call = Server.Alerts.Subscribe(new SubscribeAlertsRequest { ResumeAfter = "yesterday" });

        var ex = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext());

        AssertNamesField(ex, "resume_after");
    }

    [Fact]
    public async Task GetAlert_MalformedId_RefusedAndUnknownIdNotFound()
    {
        var bad = await Assert.ThrowsAsync<RpcException>(() => Server.Alerts.GetAlertAsync(new GetAlertRequest { AlertId = "abc" }).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => Server.Alerts.GetAlertAsync(new GetAlertRequest { AlertId = "1-0" }).ResponseAsync);

        AssertNamesField(bad, "alert_id");
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    private static void AssertNamesField(RpcException ex, string field)
    {
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains(field + ":", ex.Status.Detail);
        var badRequest = ex.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        Assert.Contains(badRequest.FieldViolations, v => v.Field == field);
    }
}
