using Checkpoint.Core.Common;
using Checkpoint.Core.Screening;
using Checkpoint.Core.Watchlist;

namespace Checkpoint.Server.Validation;

/// <summary>Checks a screening request (already mapped to the domain) and the ids used across services.</summary>
public static class ScreeningRequestValidator
{
    public const int MaxCheckpointIdLength = Core.Checkpoints.CheckpointSite.MaxIdLength;
    public const int MaxVia = 20;
    public const int MaxAreaLength = 64;

    public static bool IsValidCheckpointId(string id) => Core.Checkpoints.CheckpointSite.IsValidId(id);

    public static void Validate(ScreeningQuery query, bool hasTraveller)
    {
        var violations = new RequestViolations();
        var problems = new List<FieldProblem>();
        if (!IsValidCheckpointId(query.CheckpointId))
        {
            problems.Add(new("checkpoint_id", $"is required: 1-{MaxCheckpointIdLength} characters from A-Z a-z 0-9 . _ : -"));
        }

        var traveller = query.Traveller;
        if (traveller.Name.Length > WatchlistEntryRules.MaxNameLength)
        {
            problems.Add(new("traveller.name", $"must be at most {WatchlistEntryRules.MaxNameLength} characters"));
        }

        if (string.IsNullOrWhiteSpace(traveller.Name) && string.IsNullOrWhiteSpace(query.Document.Number))
        {
            problems.Add(new(hasTraveller ? "traveller.name" : "traveller", "a traveller name or a document number is required"));
        }

        WatchlistEntryRules.CheckDateOfBirth(traveller.DateOfBirth, "traveller.date_of_birth", problems);
        WatchlistEntryRules.CheckCountry(traveller.Nationality, "traveller.nationality", problems);
        if (!Enum.IsDefined(traveller.Sex))
        {
            problems.Add(new("traveller.sex", "must be a known value"));
        }

        WatchlistEntryRules.CheckDocument(query.Document, "document", problems);
        CheckPlace(query.Itinerary.Origin, "itinerary.origin", problems);
        CheckPlace(query.Itinerary.Destination, "itinerary.destination", problems);
        if (query.Itinerary.Via.Count > MaxVia)
        {
            problems.Add(new("itinerary.via", $"must hold at most {MaxVia} places"));
        }
        else
        {
            for (var i = 0; i < query.Itinerary.Via.Count; i++)
            {
                CheckPlace(query.Itinerary.Via[i], $"itinerary.via[{i}]", problems);
            }
        }

        violations.AddAll(problems);
        violations.ThrowIfAny();
    }

    /// <summary>An optional place: "CCC" (a known country code) or "CCC/Area".</summary>
    private static void CheckPlace(string place, string field, List<FieldProblem> problems)
    {
        if (place.Length == 0)
        {
            return;
        }

        var slash = place.IndexOf('/');
        var country = slash < 0 ? place : place[..slash];
        var area = slash < 0 ? "" : place[(slash + 1)..];
        if (!CountryCodes.IsKnown(country.ToUpperInvariant()) || (slash >= 0 && (area.Trim().Length == 0 || area.Length > MaxAreaLength)))
        {
            problems.Add(new(field, "must be \"CCC\" (ISO 3166-1 alpha-3) or \"CCC/Area\""));
        }
    }
}
