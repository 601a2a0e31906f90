namespace Checkpoint.Core.Matching;

/// <summary>
/// The keys under which a word is filed in the <see cref="TokenVocabulary"/>, and looked up at screening
/// time: the word's adjacent letter pairs with the two letters in alphabetical order (so that swapped letters
/// still share one: "anug"/"aung" share "nu"), its first letter (Jaro-Winkler rewards a shared start, so
/// "myan"/"maung" reach 0.8 with no pair in common), its <see cref="Names.RomanisationKey"/>, and the word
/// itself when it is shorter than two letters.
/// Two words that Jaro-Winkler rates 0.8 or more alike share most of their letters in nearly the same order,
/// so they share such a key ("htun"/"tun", "myint"/"min", "tsant"/"san"). The keys are broad on purpose: they are
/// looked up among the distinct words of the watchlist, not its entries, and every word found is checked with
/// the scorer's own similarity before any entry is considered.
/// </summary>
public static class BlockingKeys
{
    public static IEnumerable<string> ForToken(string token)
    {
        if (token.Length < 2)
        {
            yield return token;
            yield break;
        }

        yield return "^" + token[0];

        // Romanisation variants may share no letter pair at all ("kyaw"/"chaw" share only "aw"; "hmi"/"mi").
        yield return "r:" + Names.RomanisationKey.Of(token);

        for (var i = 0; i + 1 < token.Length; i++)
        {
            var (a, b) = (token[i], token[i + 1]);
            yield return a <= b ? string.Concat(a, b) : string.Concat(b, a);
        }
    }
}
