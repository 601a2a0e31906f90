using Checkpoint.Core.Common;

namespace Checkpoint.Core.Alerts;

/// <summary>Which alerts to list: each set empty for all; times bound when the alert was raised.</summary>
public sealed record AlertQuery
{
    public IReadOnlySet<string> CheckpointIds { get; init; } = new HashSet<string>();
    public IReadOnlySet<AlertState> States { get; init; } = new HashSet<AlertState>();
    public Severity MinSeverity { get; init; }
    public DateTimeOffset? RaisedAfter { get; init; }
    public DateTimeOffset? RaisedBefore { get; init; }
    public IReadOnlySet<string> Regions { get; init; } = new HashSet<string>();
    public Func<string, string?> RegionOf { get; init; } = _ => null;

    public bool Matches(Alert alert) =>
        alert.Severity >= MinSeverity
        && AlertFilter.AtWatchedPlace(alert.CheckpointId, CheckpointIds, Regions, RegionOf)
        && (States.Count == 0 || States.Contains(alert.State))
        && (RaisedAfter is null || alert.RaisedAt >= RaisedAfter)
        && (RaisedBefore is null || alert.RaisedAt < RaisedBefore);
}
