using Checkpoint.Core.Common;

namespace Checkpoint.Core.Tests.Common;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1979", 1979, 0, 0)]
    [InlineData("1979-03", 1979, 3, 0)]
    [InlineData("1979-03-14", 1979, 3, 14)]
    [InlineData(" 2000-02-29 ", 2000, 2, 29)]
    public void TryParse_WellFormed_GivesTheParts(string text, int year, int month, int day)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(new PartialDate(year, month, day), date);
        Assert.Equal(text.Trim(), date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("79")]
    [InlineData("1979-3")]
    [InlineData("1979-13")]
    [InlineData("1979-02-30")]
    [InlineData("1900-02-29")]
    [InlineData("14/03/1979")]
    [InlineData("1979-03-14T00:00")]
    [InlineData("+979-03-14")]
    [InlineData("1979-03-14-01")]
    public void TryParse_Malformed_False(string text) => Assert.False(PartialDate.TryParse(text, out _));
}
