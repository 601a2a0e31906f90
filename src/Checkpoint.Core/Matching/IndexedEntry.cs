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
        Names = entry.Person?.Names.Select(n => new IndexedName(n, NameNormalizer.Tokenize(n)))
            .Where(n => n.Tokens.Length > 0).ToArray() ?? [];
        DocumentKey = DocumentNumber.Normalize(entry.Document?.Number);
    }

    public WatchlistEntry Entry { get; }

    /// <summary>Primary name first, then aliases, each with its tokens.</summary>
    public IReadOnlyList<IndexedName> Names { get; }

    /// <summary>The normalised document number; empty when the entry has none.</summary>
    public string DocumentKey { get; }
}

/// <summary>A name as written and as tokenised.</summary>
public sealed record IndexedName(string Written, string[] Tokens);
