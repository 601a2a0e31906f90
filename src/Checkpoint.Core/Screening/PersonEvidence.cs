using Checkpoint.Core.Common;

namespace Checkpoint.Core.Screening;

/// <summary>
/// Date of birth and nationality as evidence for or against a name match: each gives a score adjustment
/// and, when it says something, a reason. Unknown on either side is neutral.
/// </summary>
public static class PersonEvidence
{
    public const double DobExact = 0.08;
    public const double DobConsistent = 0.04;
    public const double DobContradicts = -0.12;
    public const double NationalityMatches = 0.02;
    public const double NationalityDiffers = -0.05;

    public static (double Adjustment, string? Reason) DateOfBirth(string listed, string presented)
    {
        if (!PartialDate.TryParse(listed, out var a) || !PartialDate.TryParse(presented, out var b))
        {
            return (0, null);
        }

        if (a.HasDay && b.HasDay && a == b)
        {
            return (DobExact, "date of birth matches");
        }

        if (a.Year != b.Year)
        {
            return Math.Abs(a.Year - b.Year) == 1
                ? (0, $"date of birth year differs by one ({a.Year} listed, {b.Year} presented)")
                : (DobContradicts, $"date of birth differs ({a} listed, {b} presented)");
        }

        // Day and month swapped is a classic clerical slip (US vs. day-first order), not a different person.
        if (a.HasDay && b.HasDay && a.Month == b.Day && a.Day == b.Month)
        {
            return (DobConsistent, $"date of birth matches with day and month swapped ({a} listed, {b} presented)");
        }

        // Same year: the finer parts agree wherever both sides know them, or they contradict.
        if (a.HasMonth && b.HasMonth && a.Month != b.Month)
        {
            return (DobContradicts, $"date of birth differs ({a} listed, {b} presented)");
        }

        if (a.HasDay && b.HasDay && a.Day != b.Day)
        {
            return (DobContradicts, $"date of birth differs ({a} listed, {b} presented)");
        }

        return (DobConsistent, $"date of birth year matches ({a.Year})");
    }

    public static (double Adjustment, string? Reason) Nationality(string listed, string presented)
    {
        if (listed.Length == 0 || presented.Length == 0)
        {
            return (0, null);
        }

        return listed == presented
            ? (NationalityMatches, $"nationality matches ({listed})")
            : (NationalityDiffers, $"nationality differs ({listed} listed, {presented} presented)");
    }
}
