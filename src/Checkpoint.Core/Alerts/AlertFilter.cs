using Checkpoint.Core.Common;

namespace Checkpoint.Core.Alerts;

/// <summary>Which alerts a subscriber wants: from these checkpoints (empty for all), at least this severe.</summary>
public sealed record AlertFilter(IReadOnlySet<string> CheckpointIds, Severity MinSeverity)
{
    public static readonly AlertFilter All = new(new HashSet<string>(), Severity.Unspecified);

    public bool Matches(Alert alert) =>
        alert.Severity >= MinSeverity && (CheckpointIds.Count == 0 || CheckpointIds.Contains(alert.CheckpointId));
}
