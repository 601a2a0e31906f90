using System.Text;

namespace Checkpoint.Core.Names;

/// <summary>
/// Folds the spelling differences that romanising the same Burmese syllable produces, so that variants get
/// the same key: doubled letters (Winn/Win), an aspirating h before a consonant at the start (Htun/Tun,
/// Hla/La, Hmway/Mway), ky and ch (Kyaw/Chaw), ph and p (Phyo/Pyo), a final t after n (Myint/Myin) and oe
/// and o (Moe/Mo). Deliberately small: every rule added here also makes some different names equal.
/// </summary>
public static class RomanisationKey
{
    // Scoring compares every word pair of a candidate: keys are computed once per distinct word. Names are
    // built from a limited stock of words, so the cache stays small; it is emptied if odd input grows it.
    private const int MaxCached = 200_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Of(string word)
    {
        if (Cache.TryGetValue(word, out var key))
        {
            return key;
        }

        if (Cache.Count >= MaxCached)
        {
            Cache.Clear();
        }

        return Cache[word] = Compute(word);
    }

    private static string Compute(string word)
    {
        var w = word;
        if (w.Length > 2 && w[0] == 'h' && w[1] is 't' or 'l' or 'm' or 'n')
        {
            w = w[1..];
        }

        w = w.Replace("ky", "c").Replace("ch", "c").Replace("ph", "p").Replace("oe", "o");
        if (w.Length > 2 && w.EndsWith("nt", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        var sb = new StringBuilder(w.Length);
        foreach (var c in w)
        {
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
