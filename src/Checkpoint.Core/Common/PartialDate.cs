using System.Globalization;

namespace Checkpoint.Core.Common;

/// <summary>
/// A date of birth as sources give it: year only, year and month, or a full date.
/// Month and Day are 0 when unknown.
/// </summary>
public readonly record struct PartialDate(int Year, int Month, int Day)
{
    public bool HasMonth => Month > 0;
    public bool HasDay => Day > 0;

    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; false for anything else or an impossible date.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || !TryDigits(parts[0], out var year) || year < 1800 || year > 2200)
        {
            return false;
        }

        int month = 0, day = 0;
        if (parts.Length >= 2 && (parts[1].Length != 2 || !TryDigits(parts[1], out month) || month is < 1 or > 12))
        {
            return false;
        }

        if (parts.Length == 3 && (parts[2].Length != 2 || !TryDigits(parts[2], out day) || day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    public override string ToString() =>
        HasDay ? $"{Year:D4}-{Month:D2}-{Day:D2}" : HasMonth ? $"{Year:D4}-{Month:D2}" : Year.ToString("D4", CultureInfo.InvariantCulture);

    private static bool TryDigits(string s, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
