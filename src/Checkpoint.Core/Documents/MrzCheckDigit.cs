namespace Checkpoint.Core.Documents;

/// <summary>The Doc 9303 check digit: weights 7, 3, 1 repeating; 0-9 as themselves, A-Z as 10-35, '&lt;' as 0; sum mod 10.</summary>
public static class MrzCheckDigit
{
    /// <summary>The check digit (0-9) of an MRZ field; throws for characters outside A-Z, 0-9 and '&lt;'.</summary>
    public static int Compute(ReadOnlySpan<char> field)
    {
        ReadOnlySpan<int> weights = [7, 3, 1];
        var sum = 0;
        for (var i = 0; i < field.Length; i++)
        {
            var value = ValueOf(field[i]);
            if (value < 0)
            {
                throw new ArgumentException($"'{field[i]}' at index {i} is not an MRZ character (A-Z, 0-9 and < only)", nameof(field));
            }

            sum += value * weights[i % 3];
        }

        return sum % 10;
    }

    /// <summary>True when <paramref name="checkDigit"/> is the digit <see cref="Compute"/> gives; a non-digit never matches.</summary>
    public static bool Matches(ReadOnlySpan<char> field, char checkDigit) =>
        checkDigit is >= '0' and <= '9' && checkDigit - '0' == Compute(field);

    private static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        '<' => 0,
        _ => -1,
    };
}
