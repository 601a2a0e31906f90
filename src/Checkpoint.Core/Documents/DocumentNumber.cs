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
}
