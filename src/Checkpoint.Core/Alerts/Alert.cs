using Checkpoint.Core.Common;
using Checkpoint.Core.Screening;
using Checkpoint.Core.Watchlist;

namespace Checkpoint.Core.Alerts;

/// <summary>A screening that hit, as stored and as supervisors see it. The id is assigned by the store.</summary>
public sealed record Alert
{
    public string AlertId { get; init; } = "";
    public required string ScreeningId { get; init; }
    public required string CheckpointId { get; init; }
    public required DateTimeOffset RaisedAt { get; init; }
    public required Severity Severity { get; init; }
    public required Decision Decision { get; init; }
    public TravellerDetails Traveller { get; init; } = new();
    public DocumentRef Document { get; init; } = new();
    public ItineraryDetails Itinerary { get; init; } = new();
    public IReadOnlyList<ScreeningHit> Hits { get; init; } = [];

    /// <summary>The alert for a screening that found something; null when the outcome is CLEAR.</summary>
    public static Alert? For(ScreeningQuery query, ScreeningOutcome outcome, string screeningId, DateTimeOffset now) =>
        outcome.Hits.Count == 0
            ? null
            : new Alert
            {
                ScreeningId = screeningId,
                CheckpointId = query.CheckpointId,
                RaisedAt = now,
                Severity = outcome.HighestSeverity,
                Decision = outcome.Decision,
                Traveller = query.Traveller,
                Document = query.Document,
                Itinerary = query.Itinerary,
                Hits = outcome.Hits,
            };
}
