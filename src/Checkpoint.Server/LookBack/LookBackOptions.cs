namespace Checkpoint.Server.LookBack;

/// <summary>Look-back: how far back new watchlist entries are checked against past screenings. Bound from "LookBack".</summary>
public sealed class LookBackOptions
{
    public const string Section = "LookBack";

    /// <summary>Screenings are kept this long and re-screened against entries added within it; zero turns look-back off.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(7);
}
