using Checkpoint.Core.Documents;
using Checkpoint.Core.Names;
using Checkpoint.Core.Watchlist;

namespace Checkpoint.Core.Matching;

/// <summary>A watchlist entry with everything matching needs precomputed once, when it enters the index.</summary>
public sealed class IndexedEntry
{
    public IndexedEntry(WatchlistEntry entry)
    {
        Entry = entry;
        Names = entry.Person?.Names.Select(n => IndexedName.Of(n, NameNormalizer.Tokenize(n)))
            .Where(n => n.Tokens.Length > 0).ToArray() ?? [];
        DocumentKey = DocumentNumber.Normalize(entry.Document?.Number);
        DocumentOcrKey = DocumentNumber.OcrFold(DocumentKey);
        Fingerprint = Suppressions.EntryFingerprint.Of(entry);
    }

    /// <summary>What the entry says about whom it lists, digested: suppressions made against it check this.</summary>
    public string Fingerprint { get; }

    public WatchlistEntry Entry { get; }

    /// <summary>Primary name first, then aliases, each with its tokens.</summary>
    public IReadOnlyList<IndexedName> Names { get; }

    /// <summary>The normalised document number; empty when the entry has none.</summary>
    public string DocumentKey { get; }

    /// <summary>The document number with OCR-confusable characters folded; see <see cref="DocumentNumber.OcrFold"/>.</summary>
    public string DocumentOcrKey { get; }
}

/// <summary>A name as written and as tokenised, with the token lengths the index's pruning bound needs.</summary>
public sealed record IndexedName(string Written, string[] Tokens)
{
    /// <summary>Total letters over all tokens.</summary>
    public int TotalLength { get; private init; }

    /// <summary>LongestFirst[k]: letters in the k longest tokens (LongestFirst[0] = 0).</summary>
    public int[] LongestFirst { get; private init; } = [0];

    public static IndexedName Of(string written, string[] tokens)
    {
        var lengths = tokens.Select(t => t.Length).OrderDescending().ToArray();
        var prefix = new int[lengths.Length + 1];
        for (var i = 0; i < lengths.Length; i++)
        {
            prefix[i + 1] = prefix[i] + lengths[i];
        }

        return new IndexedName(written, tokens) { TotalLength = prefix[^1], LongestFirst = prefix };
    }

    /// <summary>
    /// The most <see cref="NameScorer"/> could give this name against a query of <paramref name="queryLength"/>
    /// letters of which only <paramref name="matchedQueryLength"/> letters have a matching word in this name,
    /// pairing with at most <paramref name="matchedWords"/> of its words: unmatched words score nothing.
    /// </summary>
    public double MaxSimilarity(int queryLength, int matchedQueryLength, int matchedWords) =>
        (double)(matchedQueryLength + LongestFirst[Math.Min(matchedWords, Tokens.Length)]) / (queryLength + TotalLength);
}
