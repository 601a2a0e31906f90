using Checkpoint.Core.Common;
using Checkpoint.Core.Watchlist;

namespace Checkpoint.Core.Tests.Watchlist;

/// <summary>Entries for tests, valid unless a test spoils them.</summary>
public static class EntryBuilder
{
    public static WatchlistEntry Person(string id, string name, string dob = "", string nationality = "", params string[] aliases) => new()
    {
        Id = id,
        List = "national-wanted",
        Kind = EntryKind.Person,
        Category = Category.Wanted,
        Severity = Severity.High,
        Action = "Detain",
        Person = new ListedPerson { Names = [name, .. aliases], DateOfBirth = dob, Nationality = nationality },
    };

    public static WatchlistEntry Document(string id, string number, string country = "MMR") => new()
    {
        Id = id,
        List = "sltd",
        Kind = EntryKind.Document,
        Category = Category.LostStolenDocument,
        Severity = Severity.Medium,
        Document = new DocumentRef { Number = number, IssuingCountry = country },
    };
}
