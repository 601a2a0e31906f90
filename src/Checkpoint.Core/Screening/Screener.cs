using System.Globalization;
using Checkpoint.Core.Common;
using Checkpoint.Core.Documents;
using Checkpoint.Core.Matching;
using Checkpoint.Core.Names;

namespace Checkpoint.Core.Screening;

/// <summary>
/// Screens one traveller against the match index: asks the index for candidates, scores each by document
/// and by name with supporting evidence, and keeps those at or above the REVIEW threshold.
/// </summary>
public sealed class Screener(ScreeningThresholds thresholds)
{
    /// <summary>A name alone, however exact, is worth this much; date of birth and nationality add the rest.</summary>
    public const double NameWeight = 0.9;

    /// <summary>
    /// The lowest name similarity that can still reach REVIEW, with every piece of supporting evidence in its
    /// favour; the index need not return entries that cannot reach it.
    /// </summary>
    public double MinNameSimilarity { get; } =
        Math.Max(0, (thresholds.Review - PersonEvidence.DobExact - PersonEvidence.NationalityMatches) / NameWeight);

    public ScreeningOutcome Screen(ScreeningQuery query, MatchIndex index)
    {
        var nameTokens = NameNormalizer.Tokenize(query.Traveller.Name);
        var documentKey = DocumentNumber.Normalize(query.Document.Number);
        return ScreenAgainst(query, nameTokens, documentKey, index.Candidates(nameTokens, documentKey, MinNameSimilarity));
    }

    /// <summary>Scores every given entry: a full comparison, which tests use to check the index loses nothing.</summary>
    internal ScreeningOutcome ScreenAll(ScreeningQuery query, IEnumerable<IndexedEntry> entries) =>
        ScreenAgainst(query, NameNormalizer.Tokenize(query.Traveller.Name), DocumentNumber.Normalize(query.Document.Number), entries);

    private ScreeningOutcome ScreenAgainst(ScreeningQuery query, string[] nameTokens, string documentKey, IEnumerable<IndexedEntry> candidates)
    {
        var hits = new List<ScreeningHit>();
        foreach (var candidate in candidates)
        {
            if (Score(query, nameTokens, documentKey, candidate) is { } hit)
            {
                hits.Add(hit);
            }
        }

        hits.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : b.Severity.CompareTo(a.Severity));
        var decision = hits.Count == 0 ? Decision.Clear : hits.Max(h => h.Decision);
        return new ScreeningOutcome(decision, hits);
    }

    private ScreeningHit? Score(ScreeningQuery query, string[] nameTokens, string documentKey, IndexedEntry candidate)
    {
        var reasons = new List<string>();
        var score = 0.0;
        score = DocumentScore(query, documentKey, candidate, reasons);

        if (nameTokens.Length > 0 && candidate.Names.Count > 0)
        {
            var nameReasons = new List<string>();
            var nameScore = ScorePerson(query, nameTokens, candidate, nameReasons);
            if (nameScore > score || (score > 0 && nameScore >= thresholds.Review))
            {
                // A document hit stays a full hit; a name that also agrees is added to its reasons.
                score = Math.Max(score, nameScore);
                reasons.AddRange(nameReasons);
            }
        }

        var decision = thresholds.DecisionFor(score);
        if (decision == Decision.Clear)
        {
            return null;
        }

        var entry = candidate.Entry;
        return new ScreeningHit
        {
            EntryId = entry.Id,
            List = entry.List,
            Category = entry.Category,
            Severity = entry.Severity,
            Score = Math.Round(score, 4),
            Decision = decision,
            Reasons = reasons,
            Action = entry.Action,
        };
    }

    // 1 for the same number (and issuing country when both are given); the REVIEW threshold for a number that
    // differs only by characters OCR confuses, so a misread document is checked rather than missed; else 0.
    private double DocumentScore(ScreeningQuery query, string documentKey, IndexedEntry candidate, List<string> reasons)
    {
        if (documentKey.Length == 0 || candidate.DocumentKey.Length == 0 || DocumentNumber.OcrFold(documentKey) != candidate.DocumentOcrKey)
        {
            return 0;
        }

        var listed = candidate.Entry.Document?.IssuingCountry ?? "";
        var presented = query.Document.IssuingCountry;
        if (listed.Length > 0 && presented.Length > 0 && listed != presented)
        {
            return 0;
        }

        var issued = listed.Length > 0 && presented.Length > 0 ? $", issued by {listed}" : "";
        if (documentKey == candidate.DocumentKey)
        {
            reasons.Add($"document number matches{issued}");
            return 1.0;
        }

        var confusions = string.Join(", ", DocumentNumber.Confusions(candidate.DocumentKey, documentKey));
        reasons.Add($"document number {documentKey} matches listed {candidate.DocumentKey} if misread ({confusions}){issued}");
        return thresholds.Review;
    }

    private static double ScorePerson(ScreeningQuery query, string[] nameTokens, IndexedEntry candidate, List<string> reasons)
    {
        // The best of the primary name and the aliases decides; ties go to the primary name.
        IndexedName? best = null;
        var bestSimilarity = default(NameSimilarity);
        foreach (var name in candidate.Names)
        {
            var similarity = NameScorer.Compare(nameTokens, name.Tokens);
            if (best is null || similarity.Score > bestSimilarity.Score)
            {
                (best, bestSimilarity) = (name, similarity);
            }
        }

        if (best is null || bestSimilarity.Score < NameScorer.MinTokenSimilarity)
        {
            return 0;
        }

        var isAlias = !ReferenceEquals(best, candidate.Names[0]);
        var which = isAlias ? "alias" : "listed name";
        reasons.Add(bestSimilarity.Exact
            ? $"name matches {which} '{best.Written}'"
            : $"name {Percent(bestSimilarity.Score)} similar to {which} '{best.Written}'");

        var variants = nameTokens.SelectMany(q => best.Tokens.Where(c => c != q && RomanisationKey.Of(c) == RomanisationKey.Of(q))
            .Select(c => $"{Capitalise(q)}/{Capitalise(c)}")).Distinct().ToList();
        if (variants.Count > 0)
        {
            reasons.Add($"spelling variant {string.Join(", ", variants)}");
        }

        var score = bestSimilarity.Score * NameWeight;
        var person = candidate.Entry.Person!;
        foreach (var (adjustment, reason) in new[]
                 {
                     PersonEvidence.DateOfBirth(person.DateOfBirth, query.Traveller.DateOfBirth),
                     PersonEvidence.Nationality(person.Nationality, query.Traveller.Nationality),
                 })
        {
            score += adjustment;
            if (reason is not null)
            {
                reasons.Add(reason);
            }
        }

        return Math.Clamp(score, 0, 1);
    }

    private static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string Percent(double score) =>
        (Math.Floor(score * 100) / 100).ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "");
}
