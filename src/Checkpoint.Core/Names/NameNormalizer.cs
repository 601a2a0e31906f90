using System.Globalization;
using System.Text;

namespace Checkpoint.Core.Names;

/// <summary>
/// Turns a name as written into comparable tokens: compatibility-decomposed, accents and case folded,
/// punctuation treated as a separator. Token order is kept; the scorer decides how order matters.
/// </summary>
public static class NameNormalizer
{
    /// <summary>Splits a name into folded tokens ("José-María  O'Neil" gives jose, maria, o, neil).</summary>
    public static string[] Tokenize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.EnclosingMark:
                    // Accents on Latin letters carry no identity; other scripts' marks are kept as separate
                    // letters would be misleading, so they are dropped alike until transliteration exists.
                    break;
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.DecimalDigitNumber:
                    sb.Append(char.ToLowerInvariant(Fold(c)));
                    break;
                default:
                    sb.Append(' ');
                    break;
            }
        }

        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    // Letters that NFKD does not decompose but every passport office writes without the mark.
    private static char Fold(char c) => c switch
    {
        'ß' => 's',
        'ø' or 'Ø' => 'o',
        'đ' or 'Đ' => 'd',
        'ł' or 'Ł' => 'l',
        'ı' => 'i',
        _ => c,
    };
}
