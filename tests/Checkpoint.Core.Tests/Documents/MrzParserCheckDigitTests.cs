using Checkpoint.Core.Documents;
using static Checkpoint.Core.Tests.Documents.MrzSpecimens;

namespace Checkpoint.Core.Tests.Documents;

/// <summary>
/// One character of a specimen changed at a time. A changed digit always changes a 7-3-1 sum by a non-multiple of
/// 10, so every check digit covering that position fails, and no other: the expected lists are what Doc 9303 says
/// each check digit covers.
/// </summary>
public sealed class MrzParserCheckDigitTests
{
    [Theory]
    [InlineData(10, '5', new[] { "document_number", "composite" })]   // document number check digit
    [InlineData(3, '7', new[] { "document_number", "composite" })]    // a document number character
    [InlineData(20, '3', new[] { "date_of_birth", "composite" })]     // birth date check digit
    [InlineData(14, '8', new[] { "date_of_birth", "composite" })]     // a birth date digit
    [InlineData(28, '8', new[] { "expiry_date", "composite" })]       // expiry check digit
    [InlineData(22, '2', new[] { "expiry_date", "composite" })]       // an expiry digit
    [InlineData(43, '2', new[] { "optional_data", "composite" })]     // personal number check digit
    [InlineData(29, 'X', new[] { "optional_data", "composite" })]     // a personal number character
    [InlineData(43, '<', new[] { "optional_data", "composite" })]     // '<' only allowed when there is no personal number
    [InlineData(44, '1', new[] { "composite" })]                      // composite check digit
    [InlineData(10, 'A', new[] { "document_number", "composite" })]   // a letter is a failing check digit, not bad input
    [InlineData(12, 'X', new string[0])]                               // nationality: no check digit covers it
    [InlineData(21, 'M', new string[0])]                               // sex: no check digit covers it
    public void Parse_Td3CharacterChanged_ExpectedFailures(int position, char c, string[] expected)
    {
        var reading = MrzParser.Parse(Join(Td3Line1, Replace(Td3Line2, position, c)), Today);

        Assert.Equal(expected, reading.CheckDigitFailures);
        Assert.Equal(expected.Length == 0, reading.AllCheckDigitsValid);
    }

    [Theory]
    [InlineData(10, '8', new[] { "document_number", "composite" })]
    [InlineData(1, 'E', new[] { "document_number", "composite" })]
    [InlineData(20, '3', new[] { "date_of_birth", "composite" })]
    [InlineData(28, '8', new[] { "expiry_date", "composite" })]
    [InlineData(29, '5', new[] { "composite" })]                      // optional data: covered only by the composite
    [InlineData(36, '7', new[] { "composite" })]
    [InlineData(11, 'X', new string[0])]
    public void Parse_Td2CharacterChanged_ExpectedFailures(int position, char c, string[] expected)
    {
        var reading = MrzParser.Parse(Join(Td2Line1, Replace(Td2Line2, position, c)), Today);

        Assert.Equal(expected, reading.CheckDigitFailures);
    }

    [Theory]
    [InlineData(15, '8', new[] { "document_number", "composite" })]
    [InlineData(6, 'E', new[] { "document_number", "composite" })]
    [InlineData(16, '5', new[] { "composite" })]                      // optional data 1: covered only by the composite
    [InlineData(30, 'Z', new[] { "composite" })]
    [InlineData(3, 'X', new string[0])]                                // issuing state: before the composite's range
    public void Parse_Td1Line1CharacterChanged_ExpectedFailures(int position, char c, string[] expected)
    {
        var reading = MrzParser.Parse(Join(Replace(Td1Line1, position, c), Td1Line2, Td1Line3), Today);

        Assert.Equal(expected, reading.CheckDigitFailures);
    }

    [Theory]
    [InlineData(7, '3', new[] { "date_of_birth", "composite" })]
    [InlineData(1, '6', new[] { "date_of_birth", "composite" })]
    [InlineData(15, '8', new[] { "expiry_date", "composite" })]
    [InlineData(9, '2', new[] { "expiry_date", "composite" })]
    [InlineData(19, '5', new[] { "composite" })]                      // optional data 2
    [InlineData(29, 'Z', new[] { "composite" })]
    [InlineData(30, '7', new[] { "composite" })]                      // composite check digit
    [InlineData(8, 'M', new string[0])]                                // sex
    [InlineData(16, 'X', new string[0])]                               // nationality
    public void Parse_Td1Line2CharacterChanged_ExpectedFailures(int position, char c, string[] expected)
    {
        var reading = MrzParser.Parse(Join(Td1Line1, Replace(Td1Line2, position, c), Td1Line3), Today);

        Assert.Equal(expected, reading.CheckDigitFailures);
    }

    [Theory]
    [InlineData(10, '5', new[] { "document_number" })]
    [InlineData(20, '3', new[] { "date_of_birth" })]
    [InlineData(28, '8', new[] { "expiry_date" })]
    [InlineData(30, '5', new string[0])]                               // optional data: no check digit on a visa
    public void Parse_MrvACharacterChanged_NoComposite(int position, char c, string[] expected)
    {
        var reading = MrzParser.Parse(Join(MrvALine1, Replace(MrvALine2, position, c)), Today);

        Assert.Equal(expected, reading.CheckDigitFailures);
    }

    [Theory]
    [InlineData(10, '5', new[] { "document_number" })]
    [InlineData(36, '5', new string[0])]
    public void Parse_MrvBCharacterChanged_NoComposite(int position, char c, string[] expected)
    {
        var reading = MrzParser.Parse(Join(MrvBLine1, Replace(MrvBLine2, position, c)), Today);

        Assert.Equal(expected, reading.CheckDigitFailures);
    }

    [Fact]
    public void Parse_Td3SeveralBroken_ListedInMrzOrder()
    {
        var line2 = Replace(Replace(Td3Line2, 28, '8'), 10, '5');

        var reading = MrzParser.Parse(Join(Td3Line1, line2), Today);

        Assert.Equal(["document_number", "expiry_date", "composite"], reading.CheckDigitFailures);
    }
}
