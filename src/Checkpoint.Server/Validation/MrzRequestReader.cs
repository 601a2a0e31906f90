using Checkpoint.Core.Documents;

namespace Checkpoint.Server.Validation;

/// <summary>Parses an MRZ from a request, turning a malformed one into INVALID_ARGUMENT on the named field.</summary>
public static class MrzRequestReader
{
    public const int MaxMrzLength = 400;

    /// <summary>The reading, or null when <paramref name="mrz"/> is empty.</summary>
    public static MrzReading? Read(string? mrz, string field, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(mrz))
        {
            return null;
        }

        if (mrz.Length > MaxMrzLength)
        {
            RequestViolations.Throw(field, $"must be at most {MaxMrzLength} characters");
        }

        try
        {
            return MrzParser.Parse(mrz, today);
        }
        catch (MrzFormatException ex)
        {
            RequestViolations.Throw(field, ex.Message);
            return null;
        }
    }
}
