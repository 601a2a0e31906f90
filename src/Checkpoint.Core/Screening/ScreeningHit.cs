using Checkpoint.Core.Common;

namespace Checkpoint.Core.Screening;

/// <summary>One entry that matched a screening, with its score and the reasons in an officer's words.</summary>
public sealed record ScreeningHit
{
    public required string EntryId { get; init; }
    public required string List { get; init; }
    public required Category Category { get; init; }
    public required Severity Severity { get; init; }
    public required double Score { get; init; }
    public required Decision Decision { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public string Action { get; init; } = "";

    /// <summary>Set when a supervisor has found this traveller is not this entry: the hit raises no alert.</summary>
    public Suppressions.Suppression? SuppressedBy { get; init; }
}

/// <summary>The verdict of one screening: the strongest hit's decision, and the hits best first.</summary>
public sealed record ScreeningOutcome(Decision Decision, IReadOnlyList<ScreeningHit> Hits)
{
    /// <summary>Problems with the document itself; see <see cref="DocumentFindings"/>.</summary>
    public IReadOnlyList<DocumentFinding> Findings { get; init; } = [];

    /// <summary>The highest severity of the hits; MEDIUM when only document findings made it REVIEW.</summary>
    public Severity HighestSeverity =>
        Hits.Any(h => h.SuppressedBy is null) ? Hits.Where(h => h.SuppressedBy is null).Max(h => h.Severity)
        : Findings.Count > 0 ? Severity.Medium : Severity.Unspecified;
}

/// <summary>Scores at or above <see cref="Hit"/> are hits; at or above <see cref="Review"/>, possible matches.</summary>
public sealed record ScreeningThresholds(double Hit, double Review)
{
    public static readonly ScreeningThresholds Default = new(0.88, 0.75);

    public Decision DecisionFor(double score) =>
        score >= Hit ? Decision.Hit : score >= Review ? Decision.Review : Decision.Clear;
}
