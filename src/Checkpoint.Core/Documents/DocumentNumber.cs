using System.Text;

namespace Checkpoint.Core.Documents;

/// <summary>Document numbers as compared: upper case letters and digits only.</summary>
public static class DocumentNumber
{
    /// <summary>Drops spaces, dashes, dots and any other separator, and upper-cases ("ab-12 34.5" becomes "AB12345").</summary>
    public static string Normalize(string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return "";
        }

        var sb = new StringBuilder(number.Length);
        foreach (var c in number)
        {
            if (c is >= '0' and <= '9' or >= 'A' and <= 'Z')
            {
                sb.Append(c);
            }
            else if (c is >= 'a' and <= 'z')
            {
                sb.Append((char)(c - 32));
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A normalised number with the characters OCR and typists confuse folded together (O/0, I/1, B/8, S/5,
    /// Z/2): two numbers with the same folded form may be the same document misread.
    /// </summary>
    public static string OcrFold(string normalized) => string.Create(normalized.Length, normalized, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch { 'O' => '0', 'I' => '1', 'B' => '8', 'S' => '5', 'Z' => '2', var c => c };
        }
    });

    /// <summary>The confused pairs between two numbers of the same folded form, e.g. ["O/0"], in order.</summary>
    public static IReadOnlyList<string> Confusions(string listed, string presented) =>
        listed.Zip(presented).Where(p => p.First != p.Second).Select(p => $"{p.First}/{p.Second}").Distinct().ToList();
}
