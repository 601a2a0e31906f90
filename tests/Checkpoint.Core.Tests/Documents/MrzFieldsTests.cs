using Checkpoint.Core.Documents;

namespace Checkpoint.Core.Tests.Documents;

public sealed class MrzFieldsTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Theory]
    [InlineData("740812", "1974-08-12")]
    [InlineData("250601", "2025-06-01")]       // today is not in the future
    [InlineData("250602", "1925-06-02")]       // tomorrow is
    [InlineData("000229", "2000-02-29")]
    [InlineData("7408<<", "1974-08")]          // Doc 9303 fills an unknown day
    [InlineData("2507<<", "1925-07")]
    [InlineData("74<<<<", "1974")]             // and an unknown month
    [InlineData("25<<<<", "2025")]
    [InlineData("<<<<<<", "")]
    [InlineData("741312", "")]                 // month 13
    [InlineData("740431", "")]                 // 31 April
    [InlineData("010229", "")]                 // 29 February 1901
    [InlineData("740800", "")]
    [InlineData("74O812", "")]                 // letter O: unreadable, not an error
    [InlineData("74<812", "")]
    public void BirthDate_Raw_ResolvedAgainstToday(string raw, string expected) =>
        Assert.Equal(expected, MrzFields.BirthDate(raw, Today));

    [Theory]
    [InlineData("120415", "2012-04-15")]
    [InlineData("991231", "2099-12-31")]
    [InlineData("<<<<<<", "")]
    [InlineData("1204<<", "")]
    [InlineData("121315", "")]
    public void ExpiryDate_Raw_AlwaysThisCentury(string raw, string expected) =>
        Assert.Equal(expected, MrzFields.ExpiryDate(raw));

    [Theory]
    [InlineData("ERIKSSON<<ANNA<MARIA<<<<<<<<<<", "ERIKSSON", "ANNA MARIA")]
    [InlineData("<<AUNG<KYAW<MOE<<<<<<<<<<<<<<<", "", "AUNG KYAW MOE")]
    [InlineData("AUNG<KYAW<MOE<<<<<<<<<<<<<<<<<", "AUNG KYAW MOE", "")]
    [InlineData("VAN<DER<BERG<<JAN<<<<<<<<<<<<<", "VAN DER BERG", "JAN")]
    [InlineData("ERIKSSON<<<<<<<<<<<<<<<<<<<<<<", "ERIKSSON", "")]
    [InlineData("<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "", "")]
    public void Names_Field_SplitAtDoubleFiller(string field, string surname, string givenNames) =>
        Assert.Equal((surname, givenNames), MrzFields.Names(field));

    [Theory]
    [InlineData("D23145890", '<', "<<<<<<<<<<<<<<<", "D23145890", false, "")]      // filler check digit, nothing continues
    [InlineData("D23145890", '<', "7349<ABC<<<<<<<", "D23145890734", true, "ABC")]
    [InlineData("D23145890", '<', "734567123456789", "D2314589073456712345678", false, "")] // runs to the end
    public void DocumentNumber_FillerCheckDigit_ContinuesInOptionalData(
        string principal, char checkDigit, string optional, string number, bool valid, string rest) =>
        Assert.Equal((number, valid, rest), MrzFields.DocumentNumber(principal, checkDigit, optional, longNumberAllowed: true));

    [Fact]
    public void DocumentNumber_LongNumberNotAllowed_FillerIsAFailedCheckDigit() =>
        Assert.Equal(("D23145890", false, "7349<ABC"), MrzFields.DocumentNumber("D23145890", '<', "7349<ABC<<<<<<<", longNumberAllowed: false));
}
