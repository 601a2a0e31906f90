using Checkpoint.Core.Common;

namespace Checkpoint.Core.Tests.Common;

public sealed class CountryCodesTests
{
    [Theory]
    [InlineData("MMR", true)]
    [InlineData("THA", true)]
    [InlineData("UNO", true)]
    [InlineData("XXA", true)]
    [InlineData("mmr", false)]
    [InlineData("MM", false)]
    [InlineData("ZZZ", false)]
    [InlineData("", false)]
    public void IsKnown_Code_AsExpected(string code, bool known) => Assert.Equal(known, CountryCodes.IsKnown(code));

    [Fact]
    public void Normalize_LowerCaseWithSpaces_UpperCased() => Assert.Equal("MMR", CountryCodes.Normalize(" mmr "));
}
