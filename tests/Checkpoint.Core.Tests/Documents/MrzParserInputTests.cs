using Checkpoint.Core.Documents;
using static Checkpoint.Core.Tests.Documents.MrzSpecimens;

namespace Checkpoint.Core.Tests.Documents;

public sealed class MrzParserInputTests
{
    [Fact]
    public void Parse_LowerCase_ReadAsUpperCase()
    {
        var reading = MrzParser.Parse(Td3.ToLowerInvariant(), Today);

        Assert.Equivalent(MrzParser.Parse(Td3, Today), reading, strict: true);
        Assert.Equal("ERIKSSON", reading.Surname);
    }

    [Fact]
    public void Parse_LowerCaseVisa_StillDetectedAsVisa() =>
        Assert.Equal(MrzFormat.MrvA, MrzParser.Parse(Join(MrvALine1, MrvALine2).ToLowerInvariant(), Today).Format);

    [Fact]
    public void Parse_CrLfTrailingSpacesAndBlankLines_Accepted()
    {
        var text = $"\r\n  {Td1Line1}  \r\n{Td1Line2}\t\r\n\r\n{Td1Line3} \r\n\r\n";

        var reading = MrzParser.Parse(text, Today);

        Assert.Equivalent(MrzParser.Parse(Td1, Today), reading, strict: true);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n \n\t\n")]
    public void Parse_Empty_Throws(string text)
    {
        var error = Assert.Throws<MrzFormatException>(() => MrzParser.Parse(text, Today));

        Assert.Equal("the MRZ is empty", error.Message);
        Assert.Equal(0, error.Line);
        Assert.Equal(0, error.Position);
    }

    [Fact]
    public void Parse_OneLine_ThrowsNamingTheCount()
    {
        var error = Assert.Throws<MrzFormatException>(() => MrzParser.Parse(Td3Line2, Today));

        Assert.Equal("an MRZ has 2 lines (TD2, TD3, visas) or 3 (TD1); got 1", error.Message);
        Assert.Equal(0, error.Line);
    }

    [Fact]
    public void Parse_FourLines_ThrowsNamingTheCount()
    {
        var error = Assert.Throws<MrzFormatException>(() => MrzParser.Parse(Join(Td1, Td1Line3), Today));

        Assert.Equal("an MRZ has 2 lines (TD2, TD3, visas) or 3 (TD1); got 4", error.Message);
    }

    [Fact]
    public void Parse_Td3LineOneShort_ThrowsNamingTheLine()
    {
        var error = Assert.Throws<MrzFormatException>(() => MrzParser.Parse(Join(Td3Line1, Td3Line2[..^1]), Today));

        Assert.Equal("line 2 has 43 characters; TD3 lines have 44", error.Message);
        Assert.Equal(2, error.Line);
        Assert.Equal(0, error.Position);
    }

    [Fact]
    public void Parse_Td1LineTooLong_ThrowsNamingTheLine()
    {
        var error = Assert.Throws<MrzFormatException>(() => MrzParser.Parse(Join(Td1Line1, Td1Line2, Td1Line3 + "<"), Today));

        Assert.Equal("line 3 has 31 characters; TD1 lines have 30", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Parse_FirstLineDamaged_LengthTakenFromSecondLine()
    {
        var error = Assert.Throws<MrzFormatException>(() => MrzParser.Parse(Join(Td2Line1[..^2], Td2Line2), Today));

        Assert.Equal("line 1 has 34 characters; TD2 lines have 36", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Parse_TwoLinesOfNoMrzLength_ThrowsNamingLineOne()
    {
        var error = Assert.Throws<MrzFormatException>(() => MrzParser.Parse(Join(new string('<', 40), new string('<', 40)), Today));

        Assert.Equal("line 1 has 40 characters; 2-line MRZs have 36 (TD2, MRV-B) or 44 (TD3, MRV-A)", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Parse_MixedLengths_ThrowsNamingTheOddLine()
    {
        var error = Assert.Throws<MrzFormatException>(() => MrzParser.Parse(Join(MrvALine1, MrvBLine2), Today));

        Assert.Equal("line 2 has 36 characters; MRV-A lines have 44", error.Message);
    }

    [Fact]
    public void Parse_BadCharacter_ThrowsNamingLineAndPosition()
    {
        var error = Assert.Throws<MrzFormatException>(() => MrzParser.Parse(Join(Replace(Td3Line1, 6, '$'), Td3Line2), Today));

        Assert.Equal("line 1, position 6: '$' is not allowed in an MRZ (A-Z, 0-9 and < only)", error.Message);
        Assert.Equal(1, error.Line);
        Assert.Equal(6, error.Position);
    }

    [Theory]
    [InlineData(' ', "' '")]
    [InlineData('É', "'É'")]
    [InlineData('\u0007', "U+0007")]
    public void Parse_OtherBadCharacters_ThrowsShowingTheCharacter(char c, string shown)
    {
        var error = Assert.Throws<MrzFormatException>(() => MrzParser.Parse(Join(Td1Line1, Replace(Td1Line2, 12, c), Td1Line3), Today));

        Assert.Equal($"line 2, position 12: {shown} is not allowed in an MRZ (A-Z, 0-9 and < only)", error.Message);
        Assert.Equal(2, error.Line);
        Assert.Equal(12, error.Position);
    }

    [Fact]
    public void Parse_SexNotMfxOrFiller_ThrowsNamingThePosition()
    {
        var error = Assert.Throws<MrzFormatException>(() => MrzParser.Parse(Join(Td3Line1, Replace(Td3Line2, 21, 'Q')), Today));

        Assert.Equal("line 2, position 21: sex must be M, F, X or <, not 'Q'", error.Message);
        Assert.Equal((2, 21), (error.Line, error.Position));
    }

    [Theory]
    [InlineData('<')]
    [InlineData('X')]
    public void Parse_SexFillerOrX_Unspecified(char c) =>
        Assert.Equal("X", MrzParser.Parse(Join(Td1Line1, Replace(Td1Line2, 8, c), Td1Line3), Today).Sex);
}
