using System.Text;

namespace Checkpoint.Core.Matching;

/// <summary>
/// The keys under which a name token is filed in the index, and looked up at screening time. Two tokens
/// that the scorer finds alike should share a key: the exact token, its first two letters, and its
/// consonant skeleton (with one consonant deleted when it has three or more: a SymSpell-style neighbourhood),
/// which survives the usual romanisation variants (Htun/Tun, Myint/Min, Maung/Aung, doubled letters) and
/// single typing slips. Keys of one consonant are never made: they would match a large part of any list.
/// </summary>
public static class BlockingKeys
{
    public static IEnumerable<string> ForToken(string token)
    {
        yield return "t:" + token;

        // The token without its first letter, in the same key space: "hida" meets "thida" (a dropped first
        // letter) and "lin" meets "win" (a replaced one), which the skeleton keys cannot see.
        if (token.Length >= 3)
        {
            yield return "t:" + token[1..];
        }
        if (token.Length >= 2)
        {
            yield return "p:" + token[..2];
        }

        var skeleton = Skeleton(token);
        if (skeleton.Length > 0)
        {
            yield return "k:" + skeleton;
        }

        if (skeleton.Length > 2)
        {
            for (var i = 0; i < skeleton.Length; i++)
            {
                yield return "k:" + skeleton.Remove(i, 1);
            }
        }
    }

    /// <summary>Consonants only, 'h' dropped, runs of one letter collapsed: "htunn" and "tun" both give "tn".</summary>
    internal static string Skeleton(string token)
    {
        var sb = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h' || (sb.Length > 0 && sb[^1] == c))
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
