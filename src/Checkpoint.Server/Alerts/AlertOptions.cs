using System.ComponentModel.DataAnnotations;

namespace Checkpoint.Server.Alerts;

/// <summary>Live alert delivery settings. Bound from the "Alerts" section.</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>Alerts a subscriber may fall behind by before its stream is ended (it can resume).</summary>
    [Range(1, 1_000_000)]
    public int SubscriberBufferSize { get; set; } = 1000;

    /// <summary>How often the reader looks at the stream even without a wake-up, in case one was lost.</summary>
    [Range(10, 60_000)]
    public int PollIntervalMilliseconds { get; set; } = 500;

    /// <summary>Alerts raised longer ago than this are deleted from Redis (stream and state) by the retention sweep.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How often each instance runs the retention sweep (idempotent, so instances need not coordinate).</summary>
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromMinutes(10);
}
