using Checkpoint.Core.Names;

namespace Checkpoint.Core.Matching;

/// <summary>How alike two names are, with the explanation an officer reads.</summary>
public readonly record struct NameSimilarity(double Score, bool Exact);

/// <summary>
/// Scores two tokenised names, 0..1, independent of word order. Tokens are paired greedily by Jaro-Winkler
/// similarity (best pair first), and each pair counts by the length of its tokens, so an unmatched or
/// missing token lowers the score in proportion to how much of the name it is. When the token counts differ,
/// names joined or split differently ("Aungkyaw" / "Aung Kyaw") are caught by also comparing them with the
/// spaces removed.
/// </summary>
public static class NameScorer
{
    /// <summary>Token pairs less alike than this count as unmatched: they are different words.</summary>
    public const double MinTokenSimilarity = 0.75;

    public static NameSimilarity Compare(IReadOnlyList<string> query, IReadOnlyList<string> candidate)
    {
        if (query.Count == 0 || candidate.Count == 0)
        {
            return new(0, false);
        }

        var aligned = AlignedScore(query, candidate, out var exact);
        if (exact)
        {
            return new(1.0, true);
        }

        if (query.Count == candidate.Count)
        {
            return new(aligned, false);
        }

        // Different token counts may be one name joined or split differently; comparing the whole strings
        // catches that, as a slightly weaker signal than token-by-token agreement.
        var joined = JaroWinkler.Similarity(string.Concat(query), string.Concat(candidate)) * 0.95;
        return new(Math.Max(aligned, joined), false);
    }

    private static double AlignedScore(IReadOnlyList<string> query, IReadOnlyList<string> candidate, out bool exact)
    {
        var pairs = new List<(double Sim, int Q, int C)>(query.Count * candidate.Count);
        for (var q = 0; q < query.Count; q++)
        {
            for (var c = 0; c < candidate.Count; c++)
            {
                pairs.Add((JaroWinkler.Similarity(query[q], candidate[c]), q, c));
            }
        }

        pairs.Sort((x, y) => y.Sim.CompareTo(x.Sim));
        var usedQ = new bool[query.Count];
        var usedC = new bool[candidate.Count];
        double matchedWeight = 0;
        var exactPairs = 0;
        foreach (var (sim, q, c) in pairs)
        {
            if (usedQ[q] || usedC[c] || sim < MinTokenSimilarity)
            {
                continue;
            }

            usedQ[q] = usedC[c] = true;
            matchedWeight += sim * (query[q].Length + candidate[c].Length);
            if (sim >= 1.0)
            {
                exactPairs++;
            }
        }

        var totalWeight = query.Sum(t => t.Length) + candidate.Sum(t => t.Length);
        exact = exactPairs == query.Count && exactPairs == candidate.Count;
        return matchedWeight / totalWeight;
    }
}
