namespace Checkpoint.Core.Documents;

/// <summary>The ICAO Doc 9303 layouts a machine-readable zone can have.</summary>
public enum MrzFormat
{
    /// <summary>Identity card size: 3 lines of 30 (Doc 9303 Part 5).</summary>
    Td1,

    /// <summary>Official travel document: 2 lines of 36 (Part 6).</summary>
    Td2,

    /// <summary>Passport: 2 lines of 44 (Part 4).</summary>
    Td3,

    /// <summary>Visa on a passport-size page: 2 lines of 44, no composite check digit (Part 7).</summary>
    MrvA,

    /// <summary>Smaller visa: 2 lines of 36, no composite check digit (Part 7).</summary>
    MrvB,
}

/// <summary>What an MRZ says, with fillers removed, plus which of its check digits did not match.</summary>
public sealed record MrzReading
{
    public required MrzFormat Format { get; init; }

    /// <summary>"P", "I", "ID", "AC", "V", ...: the two-character code without fillers.</summary>
    public string DocumentType { get; init; } = "";

    /// <summary>Issuing state or organisation, e.g. "UTO" or "D" (Germany's one-letter code stays as printed).</summary>
    public string IssuingState { get; init; } = "";

    /// <summary>Primary identifier; empty for holders with no family name ("&lt;&lt;AUNG&lt;KYAW").</summary>
    public string Surname { get; init; } = "";

    public string GivenNames { get; init; } = "";

    /// <summary>The full number, including the part a TD1/TD2 long number carries in the optional data.</summary>
    public string DocumentNumber { get; init; } = "";

    public string Nationality { get; init; } = "";

    /// <summary>"YYYY-MM-DD"; "YYYY" or "YYYY-MM" when the MRZ fills the unknown part; empty when unknown or impossible.</summary>
    public string DateOfBirth { get; init; } = "";

    /// <summary>The six characters as printed, so an impossible date can still be shown.</summary>
    public string RawDateOfBirth { get; init; } = "";

    /// <summary>"M", "F" or "X" (unspecified).</summary>
    public string Sex { get; init; } = "";

    /// <summary>"YYYY-MM-DD"; empty when unknown or impossible.</summary>
    public string ExpiryDate { get; init; } = "";

    public string RawExpiryDate { get; init; } = "";

    /// <summary>TD3: the personal number; TD1: optional data of line 1; TD2 and visas: the optional data.</summary>
    public string OptionalData { get; init; } = "";

    /// <summary>TD1 only: optional data of line 2.</summary>
    public string OptionalData2 { get; init; } = "";

    /// <summary>Names from <see cref="MrzChecks"/> of the check digits that did not match, in MRZ order.</summary>
    public IReadOnlyList<string> CheckDigitFailures { get; init; } = [];

    public bool AllCheckDigitsValid => CheckDigitFailures.Count == 0;
}

/// <summary>The names <see cref="MrzReading.CheckDigitFailures"/> uses for each check digit.</summary>
public static class MrzChecks
{
    public const string DocumentNumber = "document_number";
    public const string DateOfBirth = "date_of_birth";
    public const string ExpiryDate = "expiry_date";

    /// <summary>The TD3 personal number; no other format has a check digit over its optional data.</summary>
    public const string OptionalData = "optional_data";

    public const string Composite = "composite";
}
