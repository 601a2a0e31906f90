using Checkpoint.Core.Matching;
using Checkpoint.Core.Names;

namespace Checkpoint.Core.Tests.Matching;

public sealed class NameScorerTests
{
    private static NameSimilarity Compare(string a, string b) =>
        NameScorer.Compare(NameNormalizer.Tokenize(a), NameNormalizer.Tokenize(b));

    [Fact]
    public void Compare_SameNameOtherOrderCaseAccents_Exact()
    {
        var similarity = Compare("ZAW min Htun", "Htún Zaw Min");

        Assert.True(similarity.Exact);
        Assert.Equal(1.0, similarity.Score);
    }

    [Fact]
    public void Compare_SpellingVariant_HighButNotExact()
    {
        var similarity = Compare("Zaw Min Tun", "Zaw Min Htun");

        Assert.False(similarity.Exact);
        Assert.InRange(similarity.Score, 0.9, 0.99);
    }

    [Fact]
    public void Compare_JoinedTokens_StillSimilar()
    {
        Assert.InRange(Compare("Aungkyaw Moe", "Aung Kyaw Moe").Score, 0.85, 0.99);
    }

    [Fact]
    public void Compare_MissingToken_LowerThanVariant()
    {
        var missing = Compare("Zaw Min", "Zaw Min Htun").Score;
        var variant = Compare("Zaw Min Tun", "Zaw Min Htun").Score;

        Assert.True(missing < variant, $"missing token {missing} should score below spelling variant {variant}");
    }

    [Fact]
    public void Compare_UnrelatedNames_Low()
    {
        Assert.True(Compare("John Smith", "Aung San Suu Kyi").Score < 0.5);
    }
}
