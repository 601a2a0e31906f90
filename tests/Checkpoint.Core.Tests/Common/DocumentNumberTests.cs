using Checkpoint.Core.Documents;

namespace Checkpoint.Core.Tests.Common;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("ma 123-456.7", "MA1234567")]
    [InlineData("MA1234567", "MA1234567")]
    [InlineData("  ", "")]
    [InlineData("a/b_c", "ABC")]
    public void Normalize_SeparatorsAndCase_Ignored(string raw, string expected) =>
        Assert.Equal(expected, DocumentNumber.Normalize(raw));
}
