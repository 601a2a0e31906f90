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
}
