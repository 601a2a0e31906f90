using Checkpoint.Core.Common;
using Checkpoint.Core.Watchlist;

namespace Checkpoint.Core.Tests.Watchlist;

public sealed class WatchlistEntryRulesTests
{
    [Fact]
    public void Check_ValidPersonAndDocument_NoProblems()
    {
        Assert.Empty(WatchlistEntryRules.Check(EntryBuilder.Person("p-1", "Aung Aung", "1980-01", "MMR")));
        Assert.Empty(WatchlistEntryRules.Check(EntryBuilder.Document("d-1", "MA123456")));
    }

    [Fact]
    public void Check_SeveralBadFields_ReportsEachOne()
    {
        var entry = EntryBuilder.Person("bad id", "Aung Aung", "1980-00", "BURMA") with { Severity = (Severity)9 };

        var fields = WatchlistEntryRules.Check(entry).Select(p => p.Field).ToList();

        Assert.Equal(["id", "severity", "person.date_of_birth", "person.nationality"], fields);
    }

    [Fact]
    public void Check_DocumentEntryWithoutNumber_NamesDocumentNumber()
    {
        var entry = EntryBuilder.Document("d-1", "") ;

        Assert.Equal("document.number", Assert.Single(WatchlistEntryRules.Check(entry)).Field);
    }
}
