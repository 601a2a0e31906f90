using Checkpoint.Core.Alerts;
using Checkpoint.Core.Common;
using Checkpoint.Core.Screening;

namespace Checkpoint.Core.Tests.Alerts;

public sealed class AlertIdTests
{
    [Fact]
    public void CompareTo_NumericNotLexicographic()
    {
        Assert.True(AlertId.Parse("9-0") < AlertId.Parse("10-0"));
        Assert.True(AlertId.Parse("10-2") > AlertId.Parse("10-1"));
        Assert.Equal("1764300000000-7", AlertId.Parse("1764300000000-7").ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1-")]
    [InlineData("1--2")]
    [InlineData("1-2-3")]
    [InlineData("99999999999999999999999-0")]
    public void TryParse_Malformed_False(string text) => Assert.False(AlertId.TryParse(text, out _));

    [Fact]
    public void AlertFilter_CheckpointsAndSeverity_BothMustMatch()
    {
        var filter = new AlertFilter(new HashSet<string> { "CP-1" }, Severity.High);
        Alert Make(string cp, Severity s) => new()
        {
            ScreeningId = "s", CheckpointId = cp, RaisedAt = DateTimeOffset.UnixEpoch, Severity = s, Decision = Decision.Hit,
        };

        Assert.True(filter.Matches(Make("CP-1", Severity.Critical)));
        Assert.False(filter.Matches(Make("CP-1", Severity.Medium)));
        Assert.False(filter.Matches(Make("CP-2", Severity.Critical)));
        Assert.True(AlertFilter.All.Matches(Make("CP-2", Severity.Low)));
    }
}
