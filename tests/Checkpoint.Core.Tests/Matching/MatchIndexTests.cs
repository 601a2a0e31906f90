using Checkpoint.Core.Matching;
using Checkpoint.Core.Tests.Watchlist;

namespace Checkpoint.Core.Tests.Matching;

public sealed class MatchIndexTests
{
    [Fact]
    public void Candidates_ByDocumentOrNameVariant_FindsTheEntry()
    {
        var index = new MatchIndex();
        index.ReplaceAll([EntryBuilder.Person("p1", "Zaw Min Htun"), EntryBuilder.Document("d1", "MA123"), EntryBuilder.Person("p2", "John Smith")], 1);

        Assert.Equal(["d1"], index.Candidates([], "MA123").Select(c => c.Entry.Id));
        Assert.Contains("p1", index.Candidates(["tun"], "").Select(c => c.Entry.Id));
        Assert.DoesNotContain("p2", index.Candidates(["tun"], "").Select(c => c.Entry.Id));
    }

    [Fact]
    public void Apply_UpsertThenDelete_IndexFollows()
    {
        var index = new MatchIndex();
        index.ReplaceAll([], 0);

        index.Apply([new IndexChange("p1", EntryBuilder.Person("p1", "Mya Mya"))], 1);
        var afterUpsert = index.Candidates(["mya"], "").Count;
        index.Apply([new IndexChange("p1", EntryBuilder.Person("p1", "Hla Hla"))], 2);
        var oldNameAfterRename = index.Candidates(["mya"], "").Count;
        index.Apply([new IndexChange("p1", null)], 3);

        Assert.Equal(1, afterUpsert);
        Assert.Equal(0, oldNameAfterRename);
        Assert.Empty(index.Candidates(["hla"], ""));
        Assert.Equal(0, index.Count);
        Assert.Equal(3, index.Version);
    }

    [Fact]
    public void Version_BeforeLoad_MinusOneAndNotLoaded()
    {
        var index = new MatchIndex();

        Assert.False(index.IsLoaded);
        Assert.Equal(-1, index.Version);
    }
}
