using System.Numerics;
using Checkpoint.Core.Documents;
using Checkpoint.Core.Watchlist;

namespace Checkpoint.Core.Matching;

/// <summary>A change to apply to the index: the entry's new state, or null when it was deleted.</summary>
public readonly record struct IndexChange(string EntryId, WatchlistEntry? Entry);

/// <summary>
/// The in-memory index screening asks for candidates, so that a screening compares against a handful of
/// entries, never the whole watchlist: documents by normalised number, names through a
/// <see cref="TokenVocabulary"/> of the words they use. Safe for many concurrent readers and one writer; <see cref="Version"/>
/// is the watchlist version the index reflects.
/// </summary>
public sealed class MatchIndex
{
    /// <summary>Query tokens beyond this many are ignored for retrieval (a name has far fewer).</summary>
    public const int MaxQueryTokens = 64;

    // A query word is tried as two written together when it is long enough to be split as the scorer does.
    private const int MinSplitPart = NameScorer.MinSplitPart;
    private const int MinSplitWord = 2 * MinSplitPart;

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private Dictionary<string, IndexedEntry> _entries = new(StringComparer.Ordinal);
    private TokenVocabulary _vocabulary = new();
    private Dictionary<string, HashSet<string>> _documentKeys = new(StringComparer.Ordinal);
    private long _version = -1;

    /// <summary>The watchlist version this index reflects; -1 until it has been loaded.</summary>
    public long Version => Interlocked.Read(ref _version);

    public bool IsLoaded => Version >= 0;

    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _entries.Count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>Replaces the whole content, as after a full load from the store.</summary>
    public void ReplaceAll(IEnumerable<WatchlistEntry> entries, long version)
    {
        var fresh = new MatchIndex();
        foreach (var entry in entries)
        {
            fresh.AddUnlocked(new IndexedEntry(entry));
        }

        _lock.EnterWriteLock();
        try
        {
            (_entries, _vocabulary, _documentKeys) = (fresh._entries, fresh._vocabulary, fresh._documentKeys);
            Interlocked.Exchange(ref _version, version);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Applies changes read from the change feed and moves to <paramref name="version"/>.</summary>
    public void Apply(IEnumerable<IndexChange> changes, long version)
    {
        // Tokenising happens outside the lock; only the dictionary updates hold readers up.
        var prepared = changes.Select(c => (c.EntryId, Indexed: c.Entry is null ? null : new IndexedEntry(c.Entry))).ToList();
        _lock.EnterWriteLock();
        try
        {
            foreach (var (id, indexed) in prepared)
            {
                RemoveUnlocked(id);
                if (indexed is not null)
                {
                    AddUnlocked(indexed);
                }
            }

            if (version > _version)
            {
                Interlocked.Exchange(ref _version, version);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// Entries that could match the given name tokens or document number, each once. For names: each query
    /// word (and its split and joined forms) is looked up among the watchlist's words, keeping those at least
    /// <see cref="NameScorer.MinTokenSimilarity"/> alike, as the scorer would; an entry is kept when the query
    /// words it shares could, even if all matched perfectly, give a name similarity of at least
    /// <paramref name="minNameSimilarity"/>. Names share common syllables, so most entries that share one word
    /// with the query stop here instead of reaching the scorer.
    /// </summary>
    public IReadOnlyList<IndexedEntry> Candidates(IReadOnlyList<string> nameTokens, string documentKey, double minNameSimilarity = 0)
    {
        var tokens = nameTokens.Take(MaxQueryTokens).ToArray();
        var found = new List<IndexedEntry>();
        _lock.EnterReadLock();
        try
        {
            // Filed under the OCR-folded number: an exact match and a misread one are both found.
            var documentOcrKey = DocumentNumber.OcrFold(documentKey);
            if (documentKey.Length > 0 && _documentKeys.TryGetValue(documentOcrKey, out var byDocument))
            {
                found.AddRange(byDocument.Select(id => _entries[id]));
            }

            var matched = MatchWords(tokens);
            var queryLength = tokens.Sum(t => t.Length);
            foreach (var (id, match) in matched)
            {
                var entry = _entries[id];
                if (entry.DocumentKey.Length > 0 && entry.DocumentOcrKey == documentOcrKey)
                {
                    continue; // already found by its document
                }

                var matchedLength = 0;
                for (var i = 0; i < tokens.Length; i++)
                {
                    matchedLength += (match.Words >> i & 1) == 1 ? tokens[i].Length : 0;
                }

                // A query word matched as two of the entry's words (split) may pair with two of them.
                var entryWords = BitOperations.PopCount(match.Words) + BitOperations.PopCount(match.SplitWords);
                if (entry.Names.Any(n => n.MaxSimilarity(queryLength, matchedLength, entryWords) >= minNameSimilarity))
                {
                    found.Add(entry);
                }
            }

            return found;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// For each entry that uses a word like one of the query's, which query words it matches (bit i for
    /// word i): a word alike; a query word whose two parts are alike to two of the entry's words (the entry
    /// writes as two words what the query writes as one); or two adjacent query words joined, in either order,
    /// alike to one of the entry's words (the other way round).
    /// </summary>
    private Dictionary<string, (ulong Words, ulong SplitWords)> MatchWords(string[] tokens)
    {
        var matched = new Dictionary<string, (ulong Words, ulong SplitWords)>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> ids, ulong words, ulong splitWords)
        {
            foreach (var id in ids)
            {
                var (w, s) = matched.GetValueOrDefault(id);
                matched[id] = (w | words, s | splitWords);
            }
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var bit = 1UL << i;
            foreach (var ids in _vocabulary.EntriesWithWordLike(tokens[i], NameScorer.MinTokenSimilarity))
            {
                Mark(ids, bit, 0);
            }

            for (var cut = MinSplitPart; tokens[i].Length >= MinSplitWord && cut <= tokens[i].Length - MinSplitPart; cut++)
            {
                var first = _vocabulary.EntriesWithWordLike(tokens[i][..cut], NameScorer.MinTokenSimilarity)
                    .SelectMany(ids => ids).ToHashSet(StringComparer.Ordinal);
                var both = _vocabulary.EntriesWithWordLike(tokens[i][cut..], NameScorer.MinTokenSimilarity)
                    .SelectMany(ids => ids).Where(first.Contains);
                Mark(both, bit, bit);
            }

            if (i + 1 < tokens.Length)
            {
                var pair = bit | (1UL << (i + 1));
                foreach (var joined in new[] { tokens[i] + tokens[i + 1], tokens[i + 1] + tokens[i] })
                {
                    foreach (var ids in _vocabulary.EntriesWithWordLike(joined, NameScorer.MinTokenSimilarity))
                    {
                        Mark(ids, pair, 0);
                    }
                }
            }
        }

        return matched;
    }

    public IndexedEntry? Find(string entryId)
    {
        _lock.EnterReadLock();
        try
        {
            return _entries.GetValueOrDefault(entryId);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private void AddUnlocked(IndexedEntry indexed)
    {
        var id = indexed.Entry.Id;
        RemoveUnlocked(id);
        _entries[id] = indexed;
        if (indexed.DocumentKey.Length > 0)
        {
            Post(_documentKeys, indexed.DocumentOcrKey, id);
        }

        foreach (var token in Tokens(indexed))
        {
            _vocabulary.Add(token, id);
        }
    }

    private void RemoveUnlocked(string id)
    {
        if (!_entries.Remove(id, out var old))
        {
            return;
        }

        if (old.DocumentKey.Length > 0)
        {
            Unpost(_documentKeys, old.DocumentOcrKey, id);
        }

        foreach (var token in Tokens(old))
        {
            _vocabulary.Remove(token, id);
        }
    }

    private static IEnumerable<string> Tokens(IndexedEntry indexed) => indexed.Names.SelectMany(n => n.Tokens).Distinct();

    private static void Post(Dictionary<string, HashSet<string>> keys, string key, string id)
    {
        if (!keys.TryGetValue(key, out var ids))
        {
            keys[key] = ids = new HashSet<string>(StringComparer.Ordinal);
        }

        ids.Add(id);
    }

    private static void Unpost(Dictionary<string, HashSet<string>> keys, string key, string id)
    {
        if (keys.TryGetValue(key, out var ids) && ids.Remove(id) && ids.Count == 0)
        {
            keys.Remove(key);
        }
    }
}
