using Checkpoint.V1;

namespace Checkpoint.Server.Tests.Infrastructure;

/// <summary>Builders for requests, with ids unique per call so tests sharing a server never collide.</summary>
public static class TestData
{
    public static string Unique(string stem) => $"{stem}-{Guid.NewGuid():N}"[..(stem.Length + 13)];

    public static WatchlistEntry Person(string id, string name, string dob = "", string nationality = "",
        Severity severity = Severity.High, Category category = Category.Wanted, params string[] aliases)
    {
        var entry = new WatchlistEntry
        {
            Id = id,
            List = "national-wanted",
            Kind = EntryKind.Person,
            Category = category,
            Severity = severity,
            Action = "Detain and call the duty supervisor",
            Person = new Person { DateOfBirth = dob, Nationality = nationality },
        };
        entry.Person.Names.Add(name);
        entry.Person.Names.AddRange(aliases);
        return entry;
    }

    public static WatchlistEntry Document(string id, string number, string country = "MMR") => new()
    {
        Id = id,
        List = "sltd",
        Kind = EntryKind.Document,
        Category = Category.LostStolenDocument,
        Severity = Severity.Medium,
        Action = "Seize the document",
        Document = new TravelDocument { Number = number, IssuingCountry = country, Type = "P" },
    };

    /// <summary>A document number no other test will list.</summary>
    public static string DocumentNumber() => "M" + Random.Shared.NextInt64(10_000_000, 99_999_999);

    public static ScreenTravellerRequest ScreenDocument(string checkpoint, string number, string country = "MMR") => new()
    {
        CheckpointId = checkpoint,
        Document = new TravelDocument { Number = number, IssuingCountry = country },
    };

    public static ScreenTravellerRequest ScreenName(string checkpoint, string name, string dob = "") => new()
    {
        CheckpointId = checkpoint,
        Traveller = new Traveller { Name = name, DateOfBirth = dob },
    };
}
