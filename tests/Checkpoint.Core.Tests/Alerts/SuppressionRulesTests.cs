using Checkpoint.Core.Common;
using Checkpoint.Core.Screening;
using Checkpoint.Core.Suppressions;
using Checkpoint.Core.Tests.Watchlist;

namespace Checkpoint.Core.Tests.Alerts;

public sealed class SuppressionRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 6, 0, 0, TimeSpan.Zero);

    private static ScreeningHit Hit(string entryId, Decision decision) => new()
    {
        EntryId = entryId, List = "l", Category = Category.Wanted, Severity = Severity.High, Score = 0.9, Decision = decision,
    };

    private static Suppression For(string entryId, string fingerprint, DateTimeOffset expires) => new()
    {
        Id = "s1", EntryId = entryId, EntryFingerprint = fingerprint, TravellerKey = "doc:X:", Traveller = "document X",
        CreatedBy = "sup", CreatedAt = Now.AddDays(-1), ExpiresAt = expires,
    };

    [Fact]
    public void Apply_LiveMatchingSuppression_HitMarkedAndDecisionFromTheOthers()
    {
        var outcome = new ScreeningOutcome(Decision.Hit, [Hit("a", Decision.Hit), Hit("b", Decision.Review)]);

        var applied = SuppressionRules.Apply(outcome, [For("a", "fp-a", Now.AddDays(1))], id => "fp-" + id, Now);

        Assert.NotNull(applied.Hits[0].SuppressedBy);
        Assert.Null(applied.Hits[1].SuppressedBy);
        Assert.Equal(Decision.Review, applied.Decision);
    }

    [Fact]
    public void Apply_ExpiredOrEntryChanged_NotApplied()
    {
        var outcome = new ScreeningOutcome(Decision.Hit, [Hit("a", Decision.Hit)]);

        var expired = SuppressionRules.Apply(outcome, [For("a", "fp-a", Now.AddSeconds(-1))], id => "fp-" + id, Now);
        var changed = SuppressionRules.Apply(outcome, [For("a", "old-fp", Now.AddDays(1))], id => "fp-" + id, Now);

        Assert.Equal(Decision.Hit, expired.Decision);
        Assert.Equal(Decision.Hit, changed.Decision);
    }

    [Fact]
    public void EntryFingerprint_IdentityChange_ChangesActionChangeDoesNot()
    {
        var entry = EntryBuilder.Person("p1", "Aung Kyaw", "1980", "MMR");

        var same = EntryFingerprint.Of(entry with { Action = "new instructions" });
        var alias = EntryFingerprint.Of(entry with { Person = entry.Person! with { Names = ["Aung Kyaw", "Aungkyaw"] } });

        Assert.Equal(EntryFingerprint.Of(entry), same);
        Assert.NotEqual(EntryFingerprint.Of(entry), alias);
    }

    [Fact]
    public void TravellerKeys_DocumentAndNameWithDob_BothAndOrderFree()
    {
        var keys = TravellerKeys.For(new TravellerDetails { Name = "Kyaw AUNG", DateOfBirth = "1980" },
            new Core.Watchlist.DocumentRef { Number = "ma-123", IssuingCountry = "MMR" });
        var reordered = TravellerKeys.For(new TravellerDetails { Name = "aung kyaw", DateOfBirth = "1980" }, new Core.Watchlist.DocumentRef());

        Assert.Equal(["doc:MA123:MMR", "name:aung kyaw:1980"], keys.Select(k => k.Key));
        Assert.Equal(keys[1].Key, Assert.Single(reordered).Key);
    }
}
