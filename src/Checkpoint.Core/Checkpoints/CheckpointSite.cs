using System.Buffers;
using Checkpoint.Core.Common;
using Checkpoint.Core.Watchlist;

namespace Checkpoint.Core.Checkpoints;

/// <summary>A place where travellers are screened, and the region it belongs to.</summary>
public sealed record CheckpointSite(string Id, string Name, string Region, string Country)
{
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 200;

    private static readonly SearchValues<char> IdChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-");

    /// <summary>The rule for checkpoint ids, shared by everything that names a checkpoint.</summary>
    public static bool IsValidId(string id) =>
        id.Length is > 0 and <= MaxIdLength && !id.AsSpan().ContainsAnyExcept(IdChars);

    /// <summary>Region names follow the rule for list names: lower case, digits, . _ -</summary>
    public static bool IsValidRegion(string region) => WatchlistEntryRules.IsValidListName(region);

    public List<FieldProblem> Check()
    {
        var problems = new List<FieldProblem>();
        if (!IsValidId(Id))
        {
            problems.Add(new("id", $"must be 1-{MaxIdLength} characters from A-Z a-z 0-9 . _ : -"));
        }

        if (Name.Length > MaxNameLength)
        {
            problems.Add(new("name", $"must be at most {MaxNameLength} characters"));
        }

        if (!IsValidRegion(Region))
        {
            problems.Add(new("region", "is required: 1-64 characters from a-z 0-9 . _ -"));
        }

        WatchlistEntryRules.CheckCountry(Country, "country", problems);
        return problems;
    }
}
