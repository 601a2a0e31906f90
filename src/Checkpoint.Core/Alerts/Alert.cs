using Checkpoint.Core.Common;
using Checkpoint.Core.Screening;
using Checkpoint.Core.Watchlist;

namespace Checkpoint.Core.Alerts;

/// <summary>
/// A screening that hit, as stored and as supervisors see it, in its current state. The alert id is the
/// stream id of its RAISED event; <see cref="EventId"/> is the stream id of the event that produced this state.
/// </summary>
public sealed record Alert
{
    public string AlertId { get; init; } = "";
    public string EventId { get; init; } = "";
    public AlertEventKind Event { get; init; } = AlertEventKind.Raised;
    public AlertState State { get; init; } = AlertState.Open;

    /// <summary>1 when raised; every lifecycle change adds one. Changes name the version they expect.</summary>
    public long Version { get; init; } = 1;

    public string AssignedTo { get; init; } = "";
    public ResolutionOutcome Outcome { get; init; }
    public string ResolutionNote { get; init; } = "";

    /// <summary>
    /// True for an alert raised by look-back: the traveller was screened before the entry was listed, and
    /// <see cref="ScreenedAt"/> says when.
    /// </summary>
    public bool Retroactive { get; init; }

    public DateTimeOffset? ScreenedAt { get; init; }

    /// <summary>Every change after the alert was raised, oldest first.</summary>
    public IReadOnlyList<AlertChange> History { get; init; } = [];

    public required string ScreeningId { get; init; }
    public required string CheckpointId { get; init; }
    public required DateTimeOffset RaisedAt { get; init; }
    public required Severity Severity { get; init; }
    public required Decision Decision { get; init; }
    public TravellerDetails Traveller { get; init; } = new();
    public DocumentRef Document { get; init; } = new();
    public ItineraryDetails Itinerary { get; init; } = new();
    public IReadOnlyList<ScreeningHit> Hits { get; init; } = [];
    public IReadOnlyList<DocumentFinding> Findings { get; init; } = [];

    /// <summary>The alert for a screening that found something; null when the outcome is CLEAR.</summary>
    public static Alert? For(ScreeningQuery query, ScreeningOutcome outcome, string screeningId, DateTimeOffset now) =>
        outcome.Decision <= Decision.Clear
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
                Findings = outcome.Findings,
            };
}
