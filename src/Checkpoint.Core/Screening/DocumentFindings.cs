using Checkpoint.Core.Common;
using Checkpoint.Core.Documents;
using Checkpoint.Core.Watchlist;

namespace Checkpoint.Core.Screening;

/// <summary>A problem with a presented document: a stable code and words for the officer.</summary>
public sealed record DocumentFinding(string Code, string Description);

/// <summary>
/// Checks of the presented document itself, independent of any watchlist: MRZ check digits that do not
/// match (a misread, or a tampered document) and an expiry date in the past.
/// </summary>
public static class DocumentFindings
{
    public static IReadOnlyList<DocumentFinding> For(DocumentRef document, IReadOnlyList<string> mrzCheckDigitFailures, DateOnly today)
    {
        var findings = mrzCheckDigitFailures
            .Select(f => new DocumentFinding($"mrz_check_digit:{f}", $"MRZ check digit for {f.Replace('_', ' ')} does not match"))
            .ToList();
        if (PartialDate.TryParse(document.ExpiryDate, out var expiry) && expiry.HasDay
            && new DateOnly(expiry.Year, expiry.Month, expiry.Day) < today)
        {
            findings.Add(new DocumentFinding("expired", $"document expired on {expiry}"));
        }

        return findings;
    }

    /// <summary>The outcome with the findings added: any finding makes the decision at least REVIEW.</summary>
    public static ScreeningOutcome Apply(ScreeningOutcome outcome, IReadOnlyList<DocumentFinding> findings) =>
        findings.Count == 0
            ? outcome
            : outcome with { Decision = outcome.Decision < Decision.Review ? Decision.Review : outcome.Decision, Findings = findings };

    /// <summary>Maps an MRZ state code to the alpha-3 form entries use ("D" is Germany in MRZs).</summary>
    public static string CountryFromMrz(string code) => code == "D" ? "DEU" : code;

    /// <summary>The reading's name as one string, given names first, as a traveller name is written.</summary>
    public static string NameFromMrz(MrzReading reading) => $"{reading.GivenNames} {reading.Surname}".Trim();
}
