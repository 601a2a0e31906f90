namespace Checkpoint.Core.Screening;

/// <summary>A screening as kept for look-back: what was screened, where, and when.</summary>
public sealed record RecordedScreening(string ScreeningId, DateTimeOffset At, ScreeningQuery Query);
