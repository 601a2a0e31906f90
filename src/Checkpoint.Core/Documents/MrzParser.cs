namespace Checkpoint.Core.Documents;

/// <summary>
/// Reads the machine-readable zone of a passport, card or visa (ICAO Doc 9303 Parts 4 to 7). Text that is not an
/// MRZ throws <see cref="MrzFormatException"/>; an MRZ whose check digits fail still reads, listing the failures,
/// because the officer decides what a misread or altered document means.
/// </summary>
public static class MrzParser
{
    /// <summary>
    /// Parses 2 or 3 MRZ lines separated by \n or \r\n. <paramref name="today"/> (default: today in UTC) settles
    /// the century of the birth date.
    /// </summary>
    public static MrzReading Parse(string text, DateOnly? today = null)
    {
        var (format, lines) = MrzLines.Read(text);
        var now = today ?? DateOnly.FromDateTime(DateTime.UtcNow);
        return format == MrzFormat.Td1 ? ReadTd1(lines, now) : ReadTwoLine(format, lines[0], lines[1], now);
    }

    // TD2, TD3 and both visas share line 1 and the first 28 characters of line 2; they differ in what follows.
    private static MrzReading ReadTwoLine(MrzFormat format, string line1, string line2, DateOnly today)
    {
        var visa = format is MrzFormat.MrvA or MrzFormat.MrvB;
        var optional = format switch
        {
            MrzFormat.Td3 => line2[28..42],
            MrzFormat.Td2 => line2[28..35],
            _ => line2[28..],
        };
        var document = MrzFields.DocumentNumber(line2[..9], line2[9], optional, longNumberAllowed: format == MrzFormat.Td2);

        var failures = new List<string>();
        Check(failures, MrzChecks.DocumentNumber, document.CheckDigitValid);
        Check(failures, MrzChecks.DateOfBirth, MrzCheckDigit.Matches(line2.AsSpan(13..19), line2[19]));
        Check(failures, MrzChecks.ExpiryDate, MrzCheckDigit.Matches(line2.AsSpan(21..27), line2[27]));
        if (format == MrzFormat.Td3)
        {
            // Part 4: the personal number check digit may be a filler when the personal number is all fillers.
            var fillerForNone = line2[42] == '<' && MrzFields.Trimmed(optional).Length == 0;
            Check(failures, MrzChecks.OptionalData, fillerForNone || MrzCheckDigit.Matches(optional, line2[42]));
        }

        if (!visa)
        {
            var last = line2.Length - 1;
            var composite = string.Concat(line2.AsSpan(..10), line2.AsSpan(13..20), line2.AsSpan(21..last));
            Check(failures, MrzChecks.Composite, MrzCheckDigit.Matches(composite, line2[last]));
        }

        var (surname, givenNames) = MrzFields.Names(line1[5..]);
        return new MrzReading
        {
            Format = format,
            DocumentType = MrzFields.WithoutFillers(line1[..2]),
            IssuingState = MrzFields.WithoutFillers(line1[2..5]),
            Surname = surname,
            GivenNames = givenNames,
            DocumentNumber = document.Number,
            Nationality = MrzFields.WithoutFillers(line2[10..13]),
            DateOfBirth = MrzFields.BirthDate(line2[13..19], today),
            RawDateOfBirth = line2[13..19],
            Sex = Sex(line2[20], line: 2, position: 21),
            ExpiryDate = MrzFields.ExpiryDate(line2[21..27]),
            RawExpiryDate = line2[21..27],
            OptionalData = document.OptionalData,
            CheckDigitFailures = failures,
        };
    }

    private static MrzReading ReadTd1(string[] lines, DateOnly today)
    {
        var (line1, line2, line3) = (lines[0], lines[1], lines[2]);
        var document = MrzFields.DocumentNumber(line1[5..14], line1[14], line1[15..], longNumberAllowed: true);

        var failures = new List<string>();
        Check(failures, MrzChecks.DocumentNumber, document.CheckDigitValid);
        Check(failures, MrzChecks.DateOfBirth, MrzCheckDigit.Matches(line2.AsSpan(..6), line2[6]));
        Check(failures, MrzChecks.ExpiryDate, MrzCheckDigit.Matches(line2.AsSpan(8..14), line2[14]));

        // Part 5: the composite covers line 1 from the document number on, as printed, so a long number's
        // continuation and check digit are in it.
        var composite = string.Concat(line1.AsSpan(5..), line2.AsSpan(..7), line2.AsSpan(8..15), line2.AsSpan(18..29));
        Check(failures, MrzChecks.Composite, MrzCheckDigit.Matches(composite, line2[29]));

        var (surname, givenNames) = MrzFields.Names(line3);
        return new MrzReading
        {
            Format = MrzFormat.Td1,
            DocumentType = MrzFields.WithoutFillers(line1[..2]),
            IssuingState = MrzFields.WithoutFillers(line1[2..5]),
            Surname = surname,
            GivenNames = givenNames,
            DocumentNumber = document.Number,
            Nationality = MrzFields.WithoutFillers(line2[15..18]),
            DateOfBirth = MrzFields.BirthDate(line2[..6], today),
            RawDateOfBirth = line2[..6],
            Sex = Sex(line2[7], line: 2, position: 8),
            ExpiryDate = MrzFields.ExpiryDate(line2[8..14]),
            RawExpiryDate = line2[8..14],
            OptionalData = document.OptionalData,
            OptionalData2 = MrzFields.Trimmed(line2[18..29]),
            CheckDigitFailures = failures,
        };
    }

    private static void Check(List<string> failures, string name, bool valid)
    {
        if (!valid)
        {
            failures.Add(name);
        }
    }

    // A sex that is not M, F, X or a filler is not a misread digit a check could catch: the text is not an MRZ.
    private static string Sex(char c, int line, int position) =>
        MrzFields.Sex(c) ?? throw new MrzFormatException(
            $"line {line}, position {position}: sex must be M, F, X or <, not '{c}'", line, position);
}
