using Checkpoint.Core.Documents;

namespace Checkpoint.Core.Tests.Documents;

public sealed class MrzCheckDigitTests
{
    [Theory]
    [InlineData("L898902C3", 6)]
    [InlineData("740812", 2)]
    [InlineData("120415", 9)]
    [InlineData("ZE184226B<<<<<", 1)]
    [InlineData("D23145890734", 9)]
    [InlineData("<<<<<<", 0)]
    [InlineData("", 0)]
    public void Compute_SpecimenFields_PrintedDigit(string field, int expected) =>
        Assert.Equal(expected, MrzCheckDigit.Compute(field));

    [Theory]
    [InlineData("740812", '2', true)]
    [InlineData("740812", '3', false)]
    [InlineData("740812", '<', false)]
    [InlineData("740812", 'A', false)]
    public void Matches_CheckCharacter_OnlyTheComputedDigit(string field, char checkDigit, bool expected) =>
        Assert.Equal(expected, MrzCheckDigit.Matches(field, checkDigit));

    [Fact]
    public void Compute_CharacterOutsideMrzAlphabet_Throws() =>
        Assert.Throws<ArgumentException>(() => MrzCheckDigit.Compute("ab1"));
}
