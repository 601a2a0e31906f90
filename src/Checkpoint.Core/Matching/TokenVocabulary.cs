using Checkpoint.Core.Names;

namespace Checkpoint.Core.Matching;

/// <summary>
/// Every distinct name token in the watchlist, with the entries that use it, and blocking keys that find the
/// tokens alike to a given one. Names are built from a limited stock of words (Burmese names from a few
/// hundred syllables), so this is far smaller than the watchlist: looking for similar words here, and checking
/// each with the scorer's own similarity, costs little and lets only real word matches through. Not
/// thread-safe: <see cref="MatchIndex"/> guards it.
/// </summary>
internal sealed class TokenVocabulary
{
    private readonly Dictionary<string, HashSet<string>> _entriesByToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _tokensByKey = new(StringComparer.Ordinal);

    public int TokenCount => _entriesByToken.Count;

    public void Add(string token, string entryId)
    {
        if (!_entriesByToken.TryGetValue(token, out var entries))
        {
            _entriesByToken[token] = entries = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in BlockingKeys.ForToken(token))
            {
                if (!_tokensByKey.TryGetValue(key, out var tokens))
                {
                    _tokensByKey[key] = tokens = new HashSet<string>(StringComparer.Ordinal);
                }

                tokens.Add(token);
            }
        }

        entries.Add(entryId);
    }

    public void Remove(string token, string entryId)
    {
        if (!_entriesByToken.TryGetValue(token, out var entries) || !entries.Remove(entryId) || entries.Count > 0)
        {
            return;
        }

        _entriesByToken.Remove(token);
        foreach (var key in BlockingKeys.ForToken(token))
        {
            if (_tokensByKey.TryGetValue(key, out var tokens) && tokens.Remove(token) && tokens.Count == 0)
            {
                _tokensByKey.Remove(key);
            }
        }
    }

    /// <summary>The entries using a word at least <paramref name="minSimilarity"/> alike to <paramref name="word"/>.</summary>
    public IEnumerable<HashSet<string>> EntriesWithWordLike(string word, double minSimilarity)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in BlockingKeys.ForToken(word))
        {
            if (!_tokensByKey.TryGetValue(key, out var tokens))
            {
                continue;
            }

            foreach (var token in tokens)
            {
                if (seen.Add(token) && NameScorer.WordSimilarity(word, token) >= minSimilarity)
                {
                    yield return _entriesByToken[token];
                }
            }
        }
    }
}
