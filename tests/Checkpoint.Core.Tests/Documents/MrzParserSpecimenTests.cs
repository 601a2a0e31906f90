using Checkpoint.Core.Documents;
using static Checkpoint.Core.Tests.Documents.MrzSpecimens;

namespace Checkpoint.Core.Tests.Documents;

public sealed class MrzParserSpecimenTests
{
    [Fact]
    public void Parse_Td3Specimen_EveryField()
    {
        var reading = MrzParser.Parse(Td3, Today);

        Assert.Equal(MrzFormat.Td3, reading.Format);
        Assert.Equal("P", reading.DocumentType);
        Assert.Equal("UTO", reading.IssuingState);
        Assert.Equal("ERIKSSON", reading.Surname);
        Assert.Equal("ANNA MARIA", reading.GivenNames);
        Assert.Equal("L898902C3", reading.DocumentNumber);
        Assert.Equal("UTO", reading.Nationality);
        Assert.Equal("1974-08-12", reading.DateOfBirth);
        Assert.Equal("740812", reading.RawDateOfBirth);
        Assert.Equal("F", reading.Sex);
        Assert.Equal("2012-04-15", reading.ExpiryDate);
        Assert.Equal("120415", reading.RawExpiryDate);
        Assert.Equal("ZE184226B", reading.OptionalData);
        Assert.Equal("", reading.OptionalData2);
        Assert.Empty(reading.CheckDigitFailures);
        Assert.True(reading.AllCheckDigitsValid);
    }

    [Fact]
    public void Parse_Td1Specimen_EveryField()
    {
        var reading = MrzParser.Parse(Td1, Today);

        Assert.Equal(MrzFormat.Td1, reading.Format);
        Assert.Equal("I", reading.DocumentType);
        Assert.Equal("UTO", reading.IssuingState);
        Assert.Equal("ERIKSSON", reading.Surname);
        Assert.Equal("ANNA MARIA", reading.GivenNames);
        Assert.Equal("D23145890", reading.DocumentNumber);
        Assert.Equal("UTO", reading.Nationality);
        Assert.Equal("1974-08-12", reading.DateOfBirth);
        Assert.Equal("740812", reading.RawDateOfBirth);
        Assert.Equal("F", reading.Sex);
        Assert.Equal("2012-04-15", reading.ExpiryDate);
        Assert.Equal("120415", reading.RawExpiryDate);
        Assert.Equal("", reading.OptionalData);
        Assert.Equal("", reading.OptionalData2);
        Assert.Empty(reading.CheckDigitFailures);
        Assert.True(reading.AllCheckDigitsValid);
    }

    [Fact]
    public void Parse_Td2Specimen_EveryField()
    {
        var reading = MrzParser.Parse(Td2, Today);

        Assert.Equal(MrzFormat.Td2, reading.Format);
        Assert.Equal("I", reading.DocumentType);
        Assert.Equal("UTO", reading.IssuingState);
        Assert.Equal("ERIKSSON", reading.Surname);
        Assert.Equal("ANNA MARIA", reading.GivenNames);
        Assert.Equal("D23145890", reading.DocumentNumber);
        Assert.Equal("UTO", reading.Nationality);
        Assert.Equal("1974-08-12", reading.DateOfBirth);
        Assert.Equal("740812", reading.RawDateOfBirth);
        Assert.Equal("F", reading.Sex);
        Assert.Equal("2012-04-15", reading.ExpiryDate);
        Assert.Equal("120415", reading.RawExpiryDate);
        Assert.Equal("", reading.OptionalData);
        Assert.Equal("", reading.OptionalData2);
        Assert.Empty(reading.CheckDigitFailures);
        Assert.True(reading.AllCheckDigitsValid);
    }

    [Fact]
    public void Parse_MrvASpecimen_EveryFieldAndNoComposite()
    {
        var reading = MrzParser.Parse(Join(MrvALine1, MrvALine2), Today);

        Assert.Equal(MrzFormat.MrvA, reading.Format);
        Assert.Equal("V", reading.DocumentType);
        Assert.Equal("UTO", reading.IssuingState);
        Assert.Equal("ERIKSSON", reading.Surname);
        Assert.Equal("ANNA MARIA", reading.GivenNames);
        Assert.Equal("L8988901C", reading.DocumentNumber);
        Assert.Equal("XXX", reading.Nationality);
        Assert.Equal("1940-09-07", reading.DateOfBirth);
        Assert.Equal("400907", reading.RawDateOfBirth);
        Assert.Equal("F", reading.Sex);
        // Expiry years are always read as 20YY; the specimen was printed in the 1990s.
        Assert.Equal("2096-12-10", reading.ExpiryDate);
        Assert.Equal("961210", reading.RawExpiryDate);
        // A visa's optional data runs to the end of line 2 (positions 29-44) and has no check digit.
        Assert.Equal("6ZE184226B", reading.OptionalData);
        Assert.Equal("", reading.OptionalData2);
        Assert.Empty(reading.CheckDigitFailures);
    }

    [Fact]
    public void Parse_MrvBSpecimen_EveryField()
    {
        var reading = MrzParser.Parse(Join(MrvBLine1, MrvBLine2), Today);

        Assert.Equal(MrzFormat.MrvB, reading.Format);
        Assert.Equal("V", reading.DocumentType);
        Assert.Equal("UTO", reading.IssuingState);
        Assert.Equal("ERIKSSON", reading.Surname);
        Assert.Equal("ANNA MARIA", reading.GivenNames);
        Assert.Equal("L8988901C", reading.DocumentNumber);
        Assert.Equal("XXX", reading.Nationality);
        Assert.Equal("1940-09-07", reading.DateOfBirth);
        Assert.Equal("F", reading.Sex);
        Assert.Equal("2096-12-10", reading.ExpiryDate);
        Assert.Equal("", reading.OptionalData);
        Assert.Empty(reading.CheckDigitFailures);
    }

    [Fact]
    public void Parse_MrvALastCharacterChanged_NoCompositeToFail()
    {
        var reading = MrzParser.Parse(Join(MrvALine1, Replace(MrvALine2, 44, '7')), Today);

        Assert.Equal("6ZE184226B<<<<<7", reading.OptionalData);
        Assert.Empty(reading.CheckDigitFailures);
    }

    [Fact]
    public void Parse_OneLetterStateAndFilledPersonalNumberCheckDigit_ValidAndKeptAsPrinted()
    {
        var reading = MrzParser.Parse(Join(GermanTd3Line1, GermanTd3Line2), Today);

        Assert.Equal("P", reading.DocumentType);
        Assert.Equal("D", reading.IssuingState);
        Assert.Equal("D", reading.Nationality);
        Assert.Equal("MUSTERMANN", reading.Surname);
        Assert.Equal("ERIKA", reading.GivenNames);
        Assert.Equal("C11T002JM", reading.DocumentNumber);
        Assert.Equal("1996-08-12", reading.DateOfBirth);
        Assert.Equal("2013-10-31", reading.ExpiryDate);
        Assert.Equal("", reading.OptionalData);
        Assert.Empty(reading.CheckDigitFailures);
    }

    [Fact]
    public void Parse_NameWithoutSurname_AllGivenNames()
    {
        var reading = MrzParser.Parse(Join(BurmeseLine1, BurmeseLine2), Today);

        Assert.Equal("", reading.Surname);
        Assert.Equal("AUNG KYAW MOE", reading.GivenNames);
        Assert.Equal("MMR", reading.IssuingState);
        Assert.Equal("MA1234567", reading.DocumentNumber);
        Assert.Equal("1985-03-15", reading.DateOfBirth);
        Assert.Equal("M", reading.Sex);
        Assert.Equal("2030-01-01", reading.ExpiryDate);
        Assert.Empty(reading.CheckDigitFailures);
    }

    [Fact]
    public void Parse_Td1LongDocumentNumber_JoinedFromOptionalData()
    {
        var reading = MrzParser.Parse(Join(Td1LongLine1, Td1LongLine2, Td1Line3), Today);

        Assert.Equal("D23145890734", reading.DocumentNumber);
        Assert.Equal("ABC", reading.OptionalData);
        Assert.Empty(reading.CheckDigitFailures);
    }

    [Theory]
    [InlineData("I<UTOD23145890<76<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<4", "D231458907")]
    [InlineData("I<UTOD23145890<7345679<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "D23145890734567")]
    public void Parse_Td1LongDocumentNumberOfOtherLengths_JoinedFromOptionalData(string line1, string line2, string number)
    {
        var reading = MrzParser.Parse(Join(line1, line2, Td1Line3), Today);

        Assert.Equal(number, reading.DocumentNumber);
        Assert.Equal("", reading.OptionalData);
        Assert.Empty(reading.CheckDigitFailures);
    }

    [Fact]
    public void Parse_Td1LongDocumentNumberCheckDigitWrong_DocumentNumberAndCompositeFail()
    {
        var reading = MrzParser.Parse(Join(Replace(Td1LongLine1, 19, '8'), Td1LongLine2, Td1Line3), Today);

        Assert.Equal("D23145890734", reading.DocumentNumber);
        Assert.Equal(["document_number", "composite"], reading.CheckDigitFailures);
    }

    [Fact]
    public void Parse_Td2LongDocumentNumber_JoinedFromOptionalData()
    {
        var reading = MrzParser.Parse(Join(Td2Line1, Td2LongLine2), Today);

        Assert.Equal("D23145890734", reading.DocumentNumber);
        Assert.Equal("", reading.OptionalData);
        Assert.Empty(reading.CheckDigitFailures);
    }

    [Fact]
    public void Parse_ImpossibleBirthDateWithMatchingCheckDigit_EmptyDateRawKept()
    {
        var reading = MrzParser.Parse(Join(Td3Line1, "L898902C36UTO7413128F1204159ZE184226B<<<<<10"), Today);

        Assert.Equal("", reading.DateOfBirth);
        Assert.Equal("741312", reading.RawDateOfBirth);
        Assert.Empty(reading.CheckDigitFailures);
    }
}
