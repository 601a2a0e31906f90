using Checkpoint.Core.Screening;

namespace Checkpoint.Core.Tests.Screening;

public sealed class PersonEvidenceTests
{
    [Theory]
    [InlineData("1979-03-14", "1979-03-14", PersonEvidence.DobExact)]
    [InlineData("1979", "1979-03-14", PersonEvidence.DobConsistent)]
    [InlineData("1979-03", "1979-03-14", PersonEvidence.DobConsistent)]
    [InlineData("1979-03-14", "1980-03-14", 0.0)]
    [InlineData("1979-03-14", "1985-03-14", PersonEvidence.DobContradicts)]
    [InlineData("1979-03-14", "1979-04-14", PersonEvidence.DobContradicts)]
    [InlineData("1979-03-04", "1979-04-03", PersonEvidence.DobConsistent)]
    [InlineData("", "1979-03-14", 0.0)]
    public void DateOfBirth_Pairs_GiveExpectedAdjustment(string listed, string presented, double expected) =>
        Assert.Equal(expected, PersonEvidence.DateOfBirth(listed, presented).Adjustment);

    [Fact]
    public void Nationality_DifferentOrMissing_LowersOrNeutral()
    {
        Assert.True(PersonEvidence.Nationality("MMR", "THA").Adjustment < 0);
        Assert.Equal(0.0, PersonEvidence.Nationality("", "THA").Adjustment);
        Assert.True(PersonEvidence.Nationality("MMR", "MMR").Adjustment > 0);
    }

    [Fact]
    public void DateOfBirth_DayAndMonthSwapped_SaysSo()
    {
        var (_, reason) = PersonEvidence.DateOfBirth("1979-03-04", "1979-04-03");

        Assert.Equal("date of birth matches with day and month swapped (1979-03-04 listed, 1979-04-03 presented)", reason);
    }
}
