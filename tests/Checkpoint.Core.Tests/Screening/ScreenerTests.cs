using Checkpoint.Core.Common;
using Checkpoint.Core.Matching;
using Checkpoint.Core.Screening;
using Checkpoint.Core.Tests.Watchlist;
using Checkpoint.Core.Watchlist;

namespace Checkpoint.Core.Tests.Screening;

public sealed class ScreenerTests
{
    private readonly Screener _screener = new(ScreeningThresholds.Default);

    private ScreeningOutcome Screen(IEnumerable<WatchlistEntry> entries, string name = "", string dob = "", string nationality = "",
        string document = "", string documentCountry = "")
    {
        var index = new MatchIndex();
        index.ReplaceAll(entries, 1);
        return _screener.Screen(new ScreeningQuery
        {
            CheckpointId = "CP-1",
            Traveller = new TravellerDetails { Name = name, DateOfBirth = dob, Nationality = nationality },
            Document = new DocumentRef { Number = document, IssuingCountry = documentCountry },
        }, index);
    }

    [Fact]
    public void Screen_DocumentNumberTypedDifferently_Hit()
    {
        var outcome = Screen([EntryBuilder.Document("d1", "MA-123 456")], document: "ma123456", documentCountry: "MMR");

        Assert.Equal(Decision.Hit, outcome.Decision);
        Assert.Equal(["document number matches, issued by MMR"], Assert.Single(outcome.Hits).Reasons);
    }

    [Fact]
    public void Screen_DocumentIssuedByOtherCountry_Clear()
    {
        Assert.Equal(Decision.Clear, Screen([EntryBuilder.Document("d1", "MA123456", "THA")], document: "MA123456", documentCountry: "MMR").Decision);
    }

    [Fact]
    public void Screen_DocumentWithoutCountryOnEitherSide_StillHit()
    {
        Assert.Equal(Decision.Hit, Screen([EntryBuilder.Document("d1", "MA123456", "")], document: "MA123456", documentCountry: "MMR").Decision);
    }

    [Fact]
    public void Screen_ExactNameAndDob_OutranksNameAlone_OutranksVariant()
    {
        var entry = EntryBuilder.Person("p1", "Zaw Min Htun", "1979-03-14", "MMR");

        var withDob = Assert.Single(Screen([entry], "Zaw Min Htun", "1979-03-14").Hits).Score;
        var nameOnly = Assert.Single(Screen([entry], "Zaw Min Htun").Hits).Score;
        var variant = Assert.Single(Screen([entry], "Zaw Min Tun").Hits).Score;

        Assert.True(withDob > nameOnly && nameOnly > variant, $"expected {withDob} > {nameOnly} > {variant}");
        Assert.True(withDob < 1.0 || nameOnly < 1.0, "scores must not all pile up at 1.0");
    }

    [Fact]
    public void Screen_StrongNameClearlyDifferentDob_NotHit()
    {
        var outcome = Screen([EntryBuilder.Person("p1", "Zaw Min Htun", "1979-03-14")], "Zaw Min Htun", "1995-07-01");

        Assert.NotEqual(Decision.Hit, outcome.Decision);
        Assert.Contains(outcome.Hits.SelectMany(h => h.Reasons), r => r.StartsWith("date of birth differs", StringComparison.Ordinal));
    }

    [Fact]
    public void Screen_AliasMatch_ReasonNamesTheAlias()
    {
        var outcome = Screen([EntryBuilder.Person("p1", "Aung Kyaw", "", "", "Zaw Min Htun")], "htun zaw min");

        var hit = Assert.Single(outcome.Hits);
        Assert.Equal("name matches alias 'Zaw Min Htun'", hit.Reasons[0]);
        Assert.Equal(Screener.NameWeight, hit.Score); // an exact name alone: a hit, but below one with a matching date of birth
    }

    [Fact]
    public void Screen_VariantWithMatchingDobAndNationality_HitWithPercentReason()
    {
        var outcome = Screen([EntryBuilder.Person("p1", "Zaw Min Htun", "1979-03-14", "MMR")], "Zaw Min Tun", "1979-03-14", "MMR");

        var hit = Assert.Single(outcome.Hits);
        Assert.Equal(Decision.Hit, hit.Decision);
        Assert.Matches(@"^name \d\d% similar to listed name 'Zaw Min Htun'$", hit.Reasons[0]);
        Assert.Contains("spelling variant Tun/Htun", hit.Reasons);
        Assert.Contains("date of birth matches", hit.Reasons);
        Assert.Contains("nationality matches (MMR)", hit.Reasons);
    }

    [Fact]
    public void Screen_UnrelatedName_Clear()
    {
        Assert.Equal(Decision.Clear, Screen([EntryBuilder.Person("p1", "Zaw Min Htun")], "Maria Garcia Lopez").Decision);
    }

    [Fact]
    public void Screen_SeveralHits_BestFirstAndDecisionIsStrongest()
    {
        var outcome = Screen(
            [EntryBuilder.Person("weak", "Zaw Min Tun"), EntryBuilder.Person("strong", "Zaw Min Htun", "1979-03-14")],
            "Zaw Min Htun", "1979-03-14");

        Assert.Equal(["strong", "weak"], outcome.Hits.Select(h => h.EntryId));
        Assert.Equal(Decision.Hit, outcome.Decision);
    }

    [Theory]
    [InlineData("MA12O5867", "0/O")]
    [InlineData("MA120S867", "5/S")]
    [InlineData("MA1205B67", "8/B")]
    [InlineData("MAI205867", "1/I")]
    public void Screen_DocumentMisreadByOcr_ReviewNamingTheConfusion(string presented, string confusion)
    {
        var outcome = Screen([EntryBuilder.Document("d1", "MA1205867")], document: presented, documentCountry: "MMR");

        var hit = Assert.Single(outcome.Hits);
        Assert.Equal(Decision.Review, hit.Decision);
        Assert.Contains(confusion, hit.Reasons[0]);
        Assert.StartsWith($"document number {presented} matches listed MA1205867 if misread", hit.Reasons[0]);
    }

    [Fact]
    public void Screen_DocumentDifferingOtherwise_Clear()
    {
        Assert.Equal(Decision.Clear, Screen([EntryBuilder.Document("d1", "MA1234567")], document: "MA1234568").Decision);
    }
}
