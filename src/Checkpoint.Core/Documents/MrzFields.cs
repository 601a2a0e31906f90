using System.Globalization;
using Checkpoint.Core.Common;

namespace Checkpoint.Core.Documents;

/// <summary>Decoding of the individual MRZ fields: fillers, names, dates, sex and the long document number.</summary>
internal static class MrzFields
{
    /// <summary>For codes and numbers, where a filler is never part of the value.</summary>
    public static string WithoutFillers(string field) => field.Replace("<", "", StringComparison.Ordinal);

    /// <summary>
    /// For issuer-defined optional data only the padding goes: a filler inside may separate two values the issuer
    /// put there, and dropping it would run them together.
    /// </summary>
    public static string Trimmed(string field) => field.Trim('<');

    /// <summary>"&lt;&lt;" ends the primary identifier (surname), single fillers separate name parts.</summary>
    public static (string Surname, string GivenNames) Names(string field)
    {
        var name = field.TrimEnd('<');
        var separator = name.IndexOf("<<", StringComparison.Ordinal);
        return separator < 0 ? (Words(name), "") : (Words(name[..separator]), Words(name[(separator + 2)..]));
    }

    /// <summary>"F", "M", or "X" for both '&lt;' (the MRZ's "unspecified") and 'X'; null for anything else.</summary>
    public static string? Sex(char c) => c switch
    {
        'M' => "M",
        'F' => "F",
        'X' or '<' => "X",
        _ => null,
    };

    /// <summary>
    /// YYMMDD to "YYYY-MM-DD", or "YYYY"/"YYYY-MM" when Doc 9303 fills the unknown day or month with '&lt;'.
    /// 20YY unless that is after today, then 19YY: nobody presents a document before being born.
    /// </summary>
    public static string BirthDate(string raw, DateOnly today)
    {
        if (!TryParts(raw, allowPartial: true, out var yy, out var month, out var day))
        {
            return "";
        }

        var year = 2000 + yy;
        if ((year, month, day).CompareTo((today.Year, today.Month, today.Day)) > 0)
        {
            year -= 100;
        }

        return Format(year, month, day);
    }

    /// <summary>YYMMDD to "YYYY-MM-DD" in 20YY; empty when not a full, possible date.</summary>
    public static string ExpiryDate(string raw) =>
        TryParts(raw, allowPartial: false, out var yy, out var month, out var day) ? Format(2000 + yy, month, day) : "";

    /// <summary>
    /// The document number, whether its check digit matches, and what is left of the optional data. Doc 9303
    /// Parts 5 and 6 (TD1, TD2): a number longer than 9 characters puts '&lt;' in the check digit position and
    /// continues in the optional data, followed by its check digit and a filler.
    /// </summary>
    public static (string Number, bool CheckDigitValid, string OptionalData) DocumentNumber(
        string principal, char checkDigit, string optional, bool longNumberAllowed)
    {
        if (!longNumberAllowed || checkDigit != '<' || optional.Length == 0 || optional[0] == '<')
        {
            return (WithoutFillers(principal), MrzCheckDigit.Matches(principal, checkDigit), Trimmed(optional));
        }

        var end = optional.IndexOf('<');
        var tail = end < 0 ? optional : optional[..end];
        var number = principal + tail[..^1];
        var rest = end < 0 ? "" : optional[(end + 1)..];
        return (WithoutFillers(number), MrzCheckDigit.Matches(number, tail[^1]), Trimmed(rest));
    }

    private static string Words(string name) =>
        string.Join(' ', name.Split('<', StringSplitOptions.RemoveEmptyEntries));

    // Month and day come back 0 when filled; any other non-digit makes the date unreadable.
    private static bool TryParts(string raw, bool allowPartial, out int yy, out int month, out int day)
    {
        yy = month = day = 0;
        var known = raw.EndsWith("<<<<", StringComparison.Ordinal) ? 2 : raw.EndsWith("<<", StringComparison.Ordinal) ? 4 : 6;
        if (raw.Length != 6 || (known < 6 && !allowPartial))
        {
            return false;
        }

        return TryTwoDigits(raw, 0, out yy)
            && (known < 4 || (TryTwoDigits(raw, 2, out month) && month is >= 1 and <= 12))
            && (known < 6 || (TryTwoDigits(raw, 4, out day) && day >= 1));
    }

    private static bool TryTwoDigits(string raw, int start, out int value) =>
        int.TryParse(raw.AsSpan(start, 2), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    // Month and day are already in range; what is left is 31 April or 29 February outside a leap year.
    private static string Format(int year, int month, int day) =>
        day > DateTime.DaysInMonth(year, Math.Max(month, 1)) ? "" : new PartialDate(year, month, day).ToString();
}
