namespace Checkpoint.Core.Documents;

/// <summary>Turns typed or OCR'd text into validated MRZ lines and tells which layout they have.</summary>
internal static class MrzLines
{
    private const int Td1Length = 30;
    private const int ShortLength = 36;
    private const int LongLength = 44;

    public static (MrzFormat Format, string[] Lines) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Each line is trimmed so pasted, indented or space-padded text reads the same, and blank lines are dropped
        // (OCR output has them); line numbers in errors therefore count MRZ lines, not lines of the input.
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            throw new MrzFormatException("the MRZ is empty");
        }

        if (lines.Count is not (2 or 3))
        {
            throw new MrzFormatException($"an MRZ has 2 lines (TD2, TD3, visas) or 3 (TD1); got {lines.Count}");
        }

        var normalized = lines.Select((l, i) => Normalize(l, i + 1)).ToArray();
        var format = Detect(normalized);
        return (format, normalized);
    }

    // OCR and typing give lower case, so it is accepted; anything else outside the MRZ alphabet is not.
    private static string Normalize(string line, int lineNumber)
    {
        var chars = line.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is >= 'a' and <= 'z')
            {
                chars[i] = (char)(c - 'a' + 'A');
            }
            else if (c is not (>= 'A' and <= 'Z' or >= '0' and <= '9' or '<'))
            {
                var shown = char.IsControl(c) ? $"U+{(int)c:X4}" : $"'{c}'";
                throw new MrzFormatException(
                    $"line {lineNumber}, position {i + 1}: {shown} is not allowed in an MRZ (A-Z, 0-9 and < only)", lineNumber, i + 1);
            }
        }

        return new string(chars);
    }

    private static MrzFormat Detect(string[] lines)
    {
        if (lines.Length == 3)
        {
            RequireLength(lines, Td1Length, "TD1");
            return MrzFormat.Td1;
        }

        // Line 1 normally sets the layout; if it is the damaged one, line 2 does, so the message names line 1.
        var length = lines[0].Length is ShortLength or LongLength ? lines[0].Length
            : lines[1].Length is ShortLength or LongLength ? lines[1].Length
            : 0;
        if (length == 0)
        {
            throw new MrzFormatException(
                $"line 1 has {lines[0].Length} characters; 2-line MRZs have 36 (TD2, MRV-B) or 44 (TD3, MRV-A)", 1);
        }

        var visa = lines[0].StartsWith('V');
        var format = (length, visa) switch
        {
            (LongLength, false) => MrzFormat.Td3,
            (LongLength, true) => MrzFormat.MrvA,
            (_, false) => MrzFormat.Td2,
            (_, true) => MrzFormat.MrvB,
        };
        RequireLength(lines, length, Name(format));
        return format;
    }

    private static void RequireLength(string[] lines, int length, string formatName)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length != length)
            {
                throw new MrzFormatException(
                    $"line {i + 1} has {lines[i].Length} characters; {formatName} lines have {length}", i + 1);
            }
        }
    }

    private static string Name(MrzFormat format) => format switch
    {
        MrzFormat.Td1 => "TD1",
        MrzFormat.Td2 => "TD2",
        MrzFormat.Td3 => "TD3",
        MrzFormat.MrvA => "MRV-A",
        _ => "MRV-B",
    };
}
