using Checkpoint.Core.Matching;
using Checkpoint.Core.Screening;
using Checkpoint.Core.Tests.Watchlist;
using Checkpoint.Core.Watchlist;

namespace Checkpoint.Core.Tests.Matching;

/// <summary>
/// The index must never lose a match: for random watchlists and misspelt queries, screening through the
/// index finds exactly the hits that comparing against every entry finds.
/// </summary>
public sealed class IndexRecallPropertyTests
{
    private static readonly string[] Syllables =
        ["aung", "kyaw", "htun", "tun", "min", "zaw", "moe", "myint", "win", "thant", "hla", "mya", "soe", "naing",
         "khin", "su", "thida", "nyein", "ko", "lin", "oo", "than", "thein", "san", "maung", "ye", "htet", "wai"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Screen_RandomMisspelledQueries_IndexFindsEveryHitAFullScanFinds(int seed)
    {
        var random = new Random(seed);
        // Every entry and query agree on date of birth and nationality: the evidence bonus is at its highest,
        // so the name similarity needed for REVIEW is at its lowest, where recall is hardest.
        var entries = Enumerable.Range(0, 2000).Select(i => EntryBuilder.Person($"p{i}", RandomName(random), "1980-01-01", "MMR")).ToList();
        var index = new MatchIndex();
        index.ReplaceAll(entries, 1);
        var all = entries.Select(e => new IndexedEntry(e)).ToList();
        var screener = new Screener(ScreeningThresholds.Default);

        for (var q = 0; q < 300; q++)
        {
            var target = entries[random.Next(entries.Count)].Person!.Names[0];
            var query = new ScreeningQuery
            {
                CheckpointId = "CP",
                Traveller = new TravellerDetails { Name = Misspell(target, random), DateOfBirth = "1980-01-01", Nationality = "MMR" },
            };

            var viaIndex = screener.Screen(query, index).Hits.Select(h => h.EntryId).Order().ToList();
            var fullScan = screener.ScreenAll(query, all).Hits.Select(h => h.EntryId).Order().ToList();

            var missed = fullScan.Except(viaIndex).Select(id => index.Find(id)?.Entry.Person?.Names[0] ?? entries.First(e => e.Id == id).Person!.Names[0]);
            Assert.True(fullScan.SequenceEqual(viaIndex),
                $"query '{query.Traveller.Name}': the index missed [{string.Join(", ", missed)}]");
        }
    }

    private static string RandomName(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]));

    // One token changed the way clerks and OCR change names: a letter dropped, doubled, swapped or replaced;
    // or two words written as one, or one word split in two.
    private static string Misspell(string name, Random random)
    {
        var tokens = name.Split(' ');
        if (random.Next(5) == 0)
        {
            var at = random.Next(tokens.Length - 1);
            return string.Join(' ', tokens[..at].Append(tokens[at] + tokens[at + 1]).Concat(tokens[(at + 2)..]));
        }

        if (random.Next(5) == 0)
        {
            var at = random.Next(tokens.Length);
            var cut = Math.Max(1, tokens[at].Length / 2);
            return string.Join(' ', tokens[..at].Append(tokens[at][..cut]).Append(tokens[at][cut..]).Concat(tokens[(at + 1)..]));
        }

        var i = random.Next(tokens.Length);
        var t = tokens[i];
        var p = random.Next(t.Length);
        tokens[i] = random.Next(4) switch
        {
            0 when t.Length > 2 => t.Remove(p, 1),
            1 => t.Insert(p, t[p].ToString()),
            2 when p < t.Length - 1 => t[..p] + t[p + 1] + t[p] + t[(p + 2)..],
            _ => t[..p] + (char)('a' + random.Next(26)) + t[(p + 1)..],
        };
        return string.Join(' ', random.Next(3) == 0 ? tokens.Reverse() : tokens);
    }
}
