using Checkpoint.Core.Names;

namespace Checkpoint.Core.Tests.Names;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("José-María  O'Neil", new[] { "jose", "maria", "o", "neil" })]
    [InlineData("NGUYỄN Văn Đức", new[] { "nguyen", "van", "duc" })]
    [InlineData("Straße Øster", new[] { "strase", "oster" })]
    [InlineData("  ", new string[0])]
    [InlineData("ＺＡＷ　ＭＩＮ", new[] { "zaw", "min" })]
    public void Tokenize_FoldsCaseAccentsAndSeparators(string name, string[] expected) =>
        Assert.Equal(expected, NameNormalizer.Tokenize(name));

    [Fact]
    public void Tokenize_NonLatinScript_KeptAsLetters()
    {
        var tokens = NameNormalizer.Tokenize("Владимир Путин");

        Assert.Equal(["владимир", "путин"], tokens);
    }
}
