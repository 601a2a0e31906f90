using Checkpoint.Server.Tests.Infrastructure;
using Checkpoint.V1;
using Grpc.Core;

namespace Checkpoint.Server.Tests;

public sealed class WatchlistServiceTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private ServerInstance Server => fixture.Server;

    [Fact]
    public async Task UpsertEntries_ThenGetEntry_ReturnsWhatWasStored()
    {
        var entry = TestData.Person(TestData.Unique("p"), "Zaw Min Htun", "1979-03-14", "MMR", aliases: ["Zaw Min Tun"]);
        entry.Document = new TravelDocument { Number = "MA 123-456", IssuingCountry = "mmr", Type = "P" };

        var response = await Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { entry } });
        var stored = await Server.Watchlist.GetEntryAsync(new GetEntryRequest { EntryId = entry.Id });

        Assert.Equal(1, response.UpsertedCount);
        Assert.True(response.WatchlistVersion > 0);
        entry.Document.IssuingCountry = "MMR"; // country codes are stored upper-cased
        Assert.Equal(entry, stored);
    }

    [Fact]
    public async Task UpsertEntries_SameIdAgain_ReplacesEntryAndBumpsVersion()
    {
        var id = TestData.Unique("p");
        var first = await Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { TestData.Person(id, "Aung Aung") } });
        var second = await Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { TestData.Person(id, "Aung Kyaw Oo") } });

        var stored = await Server.Watchlist.GetEntryAsync(new GetEntryRequest { EntryId = id });

        Assert.True(second.WatchlistVersion > first.WatchlistVersion);
        Assert.Equal(["Aung Kyaw Oo"], stored.Person.Names);
    }

    [Fact]
    public async Task DeleteEntry_Existing_RemovesItAndSecondDeleteIsNotFound()
    {
        var id = TestData.Unique("p");
        await Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { TestData.Person(id, "Mya Mya") } });

        await Server.Watchlist.DeleteEntryAsync(new DeleteEntryRequest { EntryId = id });

        var get = await Assert.ThrowsAsync<RpcException>(() => Server.Watchlist.GetEntryAsync(new GetEntryRequest { EntryId = id }).ResponseAsync);
        var delete = await Assert.ThrowsAsync<RpcException>(() => Server.Watchlist.DeleteEntryAsync(new DeleteEntryRequest { EntryId = id }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, get.StatusCode);
        Assert.Equal(StatusCode.NotFound, delete.StatusCode);
    }

    [Fact]
    public async Task ListEntries_PagedWithListFilter_ReturnsEveryEntryOfThatListOnceInIdOrder()
    {
        var list = TestData.Unique("list").ToLowerInvariant();
        var ids = Enumerable.Range(0, 7).Select(i => $"{list}-e{i}").ToList();
        var request = new UpsertEntriesRequest();
        foreach (var id in ids)
        {
            var entry = TestData.Person(id, "Hla Hla " + id[^1]);
            entry.List = list;
            request.Entries.Add(entry);
        }

        request.Entries.Add(TestData.Person(TestData.Unique("other"), "Not In The List"));
        await Server.Watchlist.UpsertEntriesAsync(request);

        var seen = new List<string>();
        var token = "";
        var pages = 0;
        do
        {
            var page = await Server.Watchlist.ListEntriesAsync(new ListEntriesRequest { List = list, PageSize = 3, PageToken = token });
            seen.AddRange(page.Entries.Select(e => e.Id));
            token = page.NextPageToken;
            pages++;
        }
        while (token.Length > 0 && pages < 10);

        Assert.Equal(ids, seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task ListEntries_MovedToAnotherList_NoLongerListedUnderTheOld()
    {
        var id = TestData.Unique("mv");
        var entry = TestData.Person(id, "Khin Khin");
        entry.List = "list-a-" + id.ToLowerInvariant();
        await Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { entry } });
        var oldList = entry.List;
        entry.List = "list-b-" + id.ToLowerInvariant();
        await Server.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest { Entries = { entry } });

        var inOld = await Server.Watchlist.ListEntriesAsync(new ListEntriesRequest { List = oldList });
        var inNew = await Server.Watchlist.ListEntriesAsync(new ListEntriesRequest { List = entry.List });

        Assert.Empty(inOld.Entries);
        Assert.Equal(id, Assert.Single(inNew.Entries).Id);
    }

    [Fact]
    public async Task ImportEntries_MixOfValidAndInvalid_StoresValidAndNamesEachReject()
    {
        var good1 = TestData.Person(TestData.Unique("imp"), "Thida Win", "1990");
        var bad = TestData.Person(TestData.Unique("imp"), "Bad Date", "1990-13-01");
        var good2 = TestData.Document(TestData.Unique("imp"), TestData.DocumentNumber());
        var badCountry = TestData.Document(TestData.Unique("imp"), "X1", "ZZZ");

        using var call = Server.Watchlist.ImportEntries();
        foreach (var entry in new[] { good1, bad, good2, badCountry })
        {
            await call.RequestStream.WriteAsync(entry);
        }

        await call.RequestStream.CompleteAsync();
        var response = await call.ResponseAsync.Within("the import response");

        Assert.Equal(2, response.AcceptedCount);
        Assert.Equal(2, response.RejectedCount);
        Assert.Collection(response.Rejected,
            r => { Assert.Equal(1, r.Index); Assert.Equal(bad.Id, r.EntryId); Assert.Equal("person.date_of_birth", r.Field); },
            r => { Assert.Equal(3, r.Index); Assert.Equal("document.issuing_country", r.Field); });
        Assert.Equal("Thida Win", (await Server.Watchlist.GetEntryAsync(new GetEntryRequest { EntryId = good1.Id })).Person.Names[0]);
        var missing = await Assert.ThrowsAsync<RpcException>(() => Server.Watchlist.GetEntryAsync(new GetEntryRequest { EntryId = bad.Id }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }
}
