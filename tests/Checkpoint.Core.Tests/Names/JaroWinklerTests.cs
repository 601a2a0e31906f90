using Checkpoint.Core.Names;

namespace Checkpoint.Core.Tests.Names;

public sealed class JaroWinklerTests
{
    // Reference values from Winkler's papers and the usual test tables.
    [Theory]
    [InlineData("martha", "marhta", 0.9611)]
    [InlineData("dwayne", "duane", 0.84)]
    [InlineData("dixon", "dicksonx", 0.8133)]
    [InlineData("htun", "tun", 0.9167)]
    [InlineData("abc", "xyz", 0.0)]
    [InlineData("same", "same", 1.0)]
    public void Similarity_KnownPairs_MatchReference(string a, string b, double expected)
    {
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);
        Assert.Equal(JaroWinkler.Similarity(a, b), JaroWinkler.Similarity(b, a), 10);
    }

    [Fact]
    public void Similarity_EmptyStrings_ZeroUnlessBothEmpty()
    {
        Assert.Equal(1.0, JaroWinkler.Similarity("", ""));
        Assert.Equal(0.0, JaroWinkler.Similarity("a", ""));
    }
}
