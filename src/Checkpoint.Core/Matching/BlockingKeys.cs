using System.Text;

namespace Checkpoint.Core.Matching;

/// <summary>
/// The keys under which a name token is filed in the index, and looked up at screening time. Two tokens
/// that the scorer finds alike should share a key: the exact token, its first two letters, and a
/// consonant skeleton that survives the usual romanisation variants (Htun/Tun, Myint/Myin, doubled letters).
/// </summary>
public static class BlockingKeys
{
    public static IEnumerable<string> ForToken(string token)
    {
        yield return "t:" + token;
        if (token.Length >= 2)
        {
            yield return "p:" + token[..2];
        }

        var skeleton = Skeleton(token);
        if (skeleton.Length > 0)
        {
            yield return "k:" + skeleton;
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
