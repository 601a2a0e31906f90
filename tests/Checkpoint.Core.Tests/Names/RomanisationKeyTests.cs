using Checkpoint.Core.Matching;
using Checkpoint.Core.Names;

namespace Checkpoint.Core.Tests.Names;

public sealed class RomanisationKeyTests
{
    [Theory]
    [InlineData("htun", "tun")]
    [InlineData("kyaw", "chaw")]
    [InlineData("myint", "myin")]
    [InlineData("moe", "mo")]
    [InlineData("winn", "win")]
    [InlineData("phyo", "pyo")]
    [InlineData("hla", "la")]
    public void Of_KnownVariants_SameKeyAndScoredAsVariants(string a, string b)
    {
        Assert.Equal(RomanisationKey.Of(a), RomanisationKey.Of(b));
        Assert.InRange(NameScorer.WordSimilarity(a, b), NameScorer.VariantSimilarity, 0.9999);
    }

    [Theory]
    [InlineData("min", "lin")]
    [InlineData("kyaw", "kyi")]
    [InlineData("aung", "maung")]
    [InlineData("hla", "hlaing")]
    public void Of_DifferentNames_DifferentKeys(string a, string b) =>
        Assert.NotEqual(RomanisationKey.Of(a), RomanisationKey.Of(b));
}
