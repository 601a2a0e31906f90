using Checkpoint.Core.Names;

namespace Checkpoint.Core.Matching;

/// <summary>How alike two names are, with the explanation an officer reads.</summary>
public readonly record struct NameSimilarity(double Score, bool Exact);

/// <summary>
/// Scores two tokenised names, 0..1, independent of word order. Tokens are paired greedily by Jaro-Winkler
/// similarity (best pair first), and each pair counts by the length of its tokens, so an unmatched or
/// missing token lowers the score in proportion to how much of the name it is. When the token counts differ,
/// two words written as one ("Aungkyaw" / "Aung Kyaw") are caught by pairing adjacent words.
/// </summary>
public static class NameScorer
{
    /// <summary>
    /// Token pairs less alike than this count as unmatched: they are different words. At 0.8, "min"/"lin" (0.78)
    /// and "khan"/"thant" (0.78) are different words while "htun"/"tun" (0.92) and "myint"/"min" (0.88) agree.
    /// </summary>
    public const double MinTokenSimilarity = 0.8;

    /// <summary>Two romanisations of one syllable (Htun/Tun, Kyaw/Chaw): nearly, but not quite, the same word.</summary>
    public const double VariantSimilarity = 0.95;

    /// <summary>A match found only by joining two words is worth slightly less than one written alike.</summary>
    public const double JoinedWeight = 0.97;

    /// <summary>Each half of a word written for two has at least this many letters.</summary>
    public const int MinSplitPart = 2;

    // Joins two words of the longer name into one pseudo-word; never occurs in a normalised name.
    private const char PairMark = '\u0001';

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

        // Different word counts may be one name with two words written as one ("Aungkyaw" / "Aung Kyaw"): try
        // each adjacent pair of the longer name as one word, which matches a word of the shorter name only when
        // the two halves of that word match the pair's two words in order; as a slightly weaker signal.
        var best = aligned;
        var (shorter, longer) = query.Count < candidate.Count ? (query, candidate) : (candidate, query);
        for (var j = 0; shorter.Count != longer.Count && j + 1 < longer.Count; j++)
        {
            string[] paired = [.. longer.Take(j), longer[j] + PairMark + longer[j + 1], .. longer.Skip(j + 2)];
            best = Math.Max(best, AlignedScore(shorter, paired, out _) * JoinedWeight);
        }

        return new(best, false);
    }

    /// <summary>
    /// Jaro-Winkler, except that two romanisations of one syllable score at least <see cref="VariantSimilarity"/>
    /// (see <see cref="RomanisationKey"/>), and a word of one or two letters only matches a word it begins
    /// ("Mo" / "Moe"): for such short words Jaro-Winkler rates unrelated pairs highly ("un" / "aung" 0.83).
    /// </summary>
    public static double WordSimilarity(string a, string b)
    {
        if (b.Contains(PairMark))
        {
            return PairSimilarity(a, b);
        }

        if (a != b && RomanisationKey.Of(a) == RomanisationKey.Of(b))
        {
            return Math.Max(VariantSimilarity, JaroWinkler.Similarity(a, b));
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length <= 2 && !longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return 0;
        }

        return JaroWinkler.Similarity(a, b);
    }

    // How alike one word is to two written together: the best cut of the word whose halves both match,
    // each half weighted by its letters; 0 when no cut does.
    private static double PairSimilarity(string word, string pair)
    {
        var mark = pair.IndexOf(PairMark);
        var (left, right) = (pair[..mark], pair[(mark + 1)..]);
        var best = 0.0;
        for (var cut = MinSplitPart; cut <= word.Length - MinSplitPart; cut++)
        {
            var (a, b) = (WordSimilarity(word[..cut], left), WordSimilarity(word[cut..], right));
            if (a >= MinTokenSimilarity && b >= MinTokenSimilarity)
            {
                best = Math.Max(best, (a * (cut + left.Length) + b * (word.Length - cut + right.Length)) / (word.Length + left.Length + right.Length));
            }
        }

        return best;
    }

    private static int Letters(string word) => word.Contains(PairMark) ? word.Length - 1 : word.Length;

    private static double AlignedScore(IReadOnlyList<string> query, IReadOnlyList<string> candidate, out bool exact)
    {
        var pairs = new List<(double Sim, int Q, int C)>(query.Count * candidate.Count);
        for (var q = 0; q < query.Count; q++)
        {
            for (var c = 0; c < candidate.Count; c++)
            {
                pairs.Add((WordSimilarity(query[q], candidate[c]), q, c));
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
            matchedWeight += sim * (Letters(query[q]) + Letters(candidate[c]));
            if (sim >= 1.0)
            {
                exactPairs++;
            }
        }

        var totalWeight = query.Sum(Letters) + candidate.Sum(Letters);
        exact = exactPairs == query.Count && exactPairs == candidate.Count;
        return matchedWeight / totalWeight;
    }
}
