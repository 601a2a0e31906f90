using Checkpoint.Core.Watchlist;

namespace Checkpoint.Core.Matching;

/// <summary>A change to apply to the index: the entry's new state, or null when it was deleted.</summary>
public readonly record struct IndexChange(string EntryId, WatchlistEntry? Entry);

/// <summary>
/// The in-memory index screening asks for candidates, so that a screening compares against a handful of
/// entries, never the whole watchlist. Safe for many concurrent readers and one writer; <see cref="Version"/>
/// is the watchlist version the index reflects.
/// </summary>
public sealed class MatchIndex
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private Dictionary<string, IndexedEntry> _entries = new(StringComparer.Ordinal);
    private Dictionary<string, HashSet<string>> _nameKeys = new(StringComparer.Ordinal);
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
            (_entries, _nameKeys, _documentKeys) = (fresh._entries, fresh._nameKeys, fresh._documentKeys);
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

    /// <summary>Entries that could match the given name tokens or document number, each once.</summary>
    public IReadOnlyList<IndexedEntry> Candidates(IReadOnlyList<string> nameTokens, string documentKey)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        _lock.EnterReadLock();
        try
        {
            if (documentKey.Length > 0 && _documentKeys.TryGetValue(documentKey, out var byDocument))
            {
                ids.UnionWith(byDocument);
            }

            foreach (var token in nameTokens)
            {
                foreach (var key in BlockingKeys.ForToken(token))
                {
                    if (_nameKeys.TryGetValue(key, out var byName))
                    {
                        ids.UnionWith(byName);
                    }
                }
            }

            // A name written as one token ("Aungkyaw") is also looked up by its parts' prefix.
            var joined = string.Concat(nameTokens);
            if (nameTokens.Count > 1 && _nameKeys.TryGetValue("t:" + joined, out var byJoined))
            {
                ids.UnionWith(byJoined);
            }

            return ids.Select(id => _entries[id]).ToList();
        }
        finally
        {
            _lock.ExitReadLock();
        }
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
            Post(_documentKeys, indexed.DocumentKey, id);
        }

        foreach (var key in NameKeys(indexed))
        {
            Post(_nameKeys, key, id);
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
            Unpost(_documentKeys, old.DocumentKey, id);
        }

        foreach (var key in NameKeys(old))
        {
            Unpost(_nameKeys, key, id);
        }
    }

    private static IEnumerable<string> NameKeys(IndexedEntry indexed) =>
        indexed.Names.SelectMany(n => n.Tokens.SelectMany(BlockingKeys.ForToken)
            .Append("t:" + string.Concat(n.Tokens))).Distinct();

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
