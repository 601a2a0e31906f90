using Checkpoint.Core.Common;

namespace Checkpoint.Core.Alerts;

/// <summary>
/// Which alert events a subscriber wants: from these checkpoints, with a hit in these categories, of these
/// event kinds (each empty for all), at least this severe.
/// </summary>
public sealed record AlertFilter(IReadOnlySet<string> CheckpointIds, Severity MinSeverity)
{
    public static readonly AlertFilter All = new(new HashSet<string>(), Severity.Unspecified);

    public IReadOnlySet<Category> Categories { get; init; } = new HashSet<Category>();

    public IReadOnlySet<AlertEventKind> Events { get; init; } = new HashSet<AlertEventKind>();

    public bool Matches(Alert alert) =>
        alert.Severity >= MinSeverity
        && (CheckpointIds.Count == 0 || CheckpointIds.Contains(alert.CheckpointId))
        && (Categories.Count == 0 || alert.Hits.Any(h => Categories.Contains(h.Category)))
        && (Events.Count == 0 || Events.Contains(alert.Event));
}
