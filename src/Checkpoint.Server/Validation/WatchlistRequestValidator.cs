using Checkpoint.Core.Watchlist;
using Checkpoint.Redis;
using Checkpoint.V1;

namespace Checkpoint.Server.Validation;

/// <summary>Checks WatchlistService requests; every method throws INVALID_ARGUMENT naming the bad fields.</summary>
public static class WatchlistRequestValidator
{
    public const int MaxEntriesPerUpsert = 1000;
    public const int MaxPageSize = 1000;
    public const int DefaultPageSize = 100;

    public static IReadOnlyList<Core.Watchlist.WatchlistEntry> Validate(UpsertEntriesRequest request)
    {
        var violations = new RequestViolations();
        if (request.Entries.Count is 0 or > MaxEntriesPerUpsert)
        {
            RequestViolations.Throw("entries", $"must hold 1-{MaxEntriesPerUpsert} entries");
        }

        var entries = request.Entries.Select(Mapping.ProtoMapping.ToDomain).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            violations.AddAll(WatchlistEntryRules.Check(entries[i]), $"entries[{i}]");
            if (!seen.Add(entries[i].Id))
            {
                violations.Add($"entries[{i}].id", $"'{entries[i].Id}' appears more than once in this request");
            }
        }

        violations.ThrowIfAny();
        return entries;
    }

    public static string ValidateEntryId(string entryId)
    {
        var id = entryId.Trim();
        if (!WatchlistEntryRules.IsValidId(id))
        {
            RequestViolations.Throw("entry_id", $"must be 1-{WatchlistEntryRules.MaxIdLength} characters from A-Z a-z 0-9 . _ : -");
        }

        return id;
    }

    public static int Validate(ListEntriesRequest request)
    {
        var violations = new RequestViolations();
        if (request.PageSize < 0)
        {
            violations.Add("page_size", "must not be negative");
        }

        if (!WatchlistStore.IsValidPageToken(request.PageToken))
        {
            violations.Add("page_token", "is not a token this server issued");
        }

        if (request.List.Length > 0 && !WatchlistEntryRules.IsValidListName(request.List))
        {
            violations.Add("list", $"must be 1-{WatchlistEntryRules.MaxListLength} characters from a-z 0-9 . _ -");
        }

        violations.ThrowIfAny();
        return request.PageSize == 0 ? DefaultPageSize : Math.Min(request.PageSize, MaxPageSize);
    }
}
