using Checkpoint.Core.Common;

namespace Checkpoint.Core.Alerts;

/// <summary>
/// Which alert events a subscriber wants: from these checkpoints or regions, with a hit in these categories,
/// of these event kinds (each empty for all), at least this severe.
/// </summary>
public sealed record AlertFilter(IReadOnlySet<string> CheckpointIds, Severity MinSeverity)
{
    public static readonly AlertFilter All = new(new HashSet<string>(), Severity.Unspecified);

    public IReadOnlySet<Category> Categories { get; init; } = new HashSet<Category>();

    public IReadOnlySet<AlertEventKind> Events { get; init; } = new HashSet<AlertEventKind>();

    /// <summary>Regions whose checkpoints pass too; <see cref="RegionOf"/> says which region a checkpoint is in.</summary>
    public IReadOnlySet<string> Regions { get; init; } = new HashSet<string>();

    public Func<string, string?> RegionOf { get; init; } = _ => null;

    public bool Matches(Alert alert) =>
        alert.Severity >= MinSeverity
        && AtWatchedPlace(alert.CheckpointId, CheckpointIds, Regions, RegionOf)
        && (Categories.Count == 0 || alert.Hits.Any(h => Categories.Contains(h.Category)))
        && (Events.Count == 0 || Events.Contains(alert.Event));

    /// <summary>No place filter, or the checkpoint is listed, or it lies in a listed region.</summary>
    public static bool AtWatchedPlace(string checkpointId, IReadOnlySet<string> checkpointIds, IReadOnlySet<string> regions,
        Func<string, string?> regionOf) =>
        (checkpointIds.Count == 0 && regions.Count == 0)
        || checkpointIds.Contains(checkpointId)
        || (regions.Count > 0 && regionOf(checkpointId) is { } region && regions.Contains(region));
}
