using Checkpoint.V1;

namespace Checkpoint.Cli.Tests;

public class ProtoEnumsTests
{
    [Theory]
    [InlineData("HIGH", Severity.High)]
    [InlineData("high", Severity.High)]
    [InlineData(" SEVERITY_CRITICAL ", Severity.Critical)]
    public void TryParse_ShortOrFullName_GivesValue(string text, Severity expected)
    {
        Assert.True(ProtoEnums.TryParse<Severity>(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("M", Sex.Male)]
    [InlineData("f", Sex.Female)]
    [InlineData("X", Sex.Other)]
    [InlineData("MALE", Sex.Male)]
    public void TryParse_SexLettersAndNames_GiveValue(string text, Sex expected)
    {
        Assert.True(ProtoEnums.TryParse<Sex>(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("HUGE")]
    [InlineData("CATEGORY_HIGH")]
    [InlineData("")]
    public void TryParse_NoSuchValue_IsFalse(string text)
    {
        Assert.False(ProtoEnums.TryParse<Severity>(text, out _));
    }

    [Fact]
    public void ShortName_KnownAndUnknownValues_DropPrefixOrShowNumber()
    {
        Assert.Equal("LOST_STOLEN_DOCUMENT", ProtoEnums.ShortName(Category.LostStolenDocument));
        Assert.Equal("PERSON", ProtoEnums.ShortName(EntryKind.Person));
        Assert.Equal("HIT", ProtoEnums.ShortName(Decision.Hit));
        Assert.Equal("42", ProtoEnums.ShortName((Severity)42));
    }
}
