using System.Diagnostics;
using Checkpoint.Core.Matching;
using Checkpoint.Core.Names;
using Checkpoint.Core.Screening;
using Checkpoint.V1;
using Grpc.Health.V1;
using Microsoft.Extensions.DependencyInjection;

namespace Checkpoint.Bench;

/// <summary>
/// Screening throughput by name against a watchlist of N synthetic persons (Burmese-style names from a
/// syllable pool, so many share tokens, as real lists do), and how many candidates the index hands the scorer
/// per query. Baseline from the same run: sequential unary gRPC health checks, the cheapest call there is.
/// </summary>
internal static class ScreeningBench
{
    private static readonly string[] Syllables =
        ["aung", "kyaw", "htun", "tun", "min", "zaw", "moe", "myint", "win", "thant", "hla", "mya", "soe", "naing",
         "khin", "su", "thida", "nyein", "ko", "lin", "oo", "than", "thein", "san", "maung", "ye", "htet", "wai",
         "phyo", "zin", "mar", "nwe", "ei", "chit", "khaing", "lwin", "pyae", "sone", "tint", "yadanar", "hein",
         "paing", "kaung", "sithu", "nay", "thura", "wint", "yu", "yamin", "shwe", "myo", "swe", "thu", "zarni"];

    public static async Task RunAsync(string redis, int entries, int queries)
    {
        var random = new Random(42);
        var prefix = "bench-" + Guid.NewGuid().ToString("N")[..8];
        await using var server = await BenchServer.StartAsync(redis, prefix);
        var names = Enumerable.Range(0, entries).Select(_ => RandomName(random)).ToArray();

        var loadStarted = Stopwatch.GetTimestamp();
        using (var call = server.Watchlist.ImportEntries())
        {
            for (var i = 0; i < entries; i++)
            {
                var entry = new WatchlistEntry
                {
                    Id = $"p{i}", List = "bench", Kind = EntryKind.Person, Category = Category.Wanted, Severity = Severity.High,
                    Person = new Person { DateOfBirth = $"{1950 + random.Next(60)}" },
                };
                entry.Person.Names.Add(names[i]);
                await call.RequestStream.WriteAsync(entry);
            }

            await call.RequestStream.CompleteAsync();
            await call.ResponseAsync;
        }

        var loadSeconds = Stopwatch.GetElapsedTime(loadStarted).TotalSeconds;
        var index = server.Services.GetRequiredService<MatchIndex>();
        var requests = Enumerable.Range(0, queries).Select(_ => new ScreenTravellerRequest
        {
            CheckpointId = "CP-BENCH",
            Traveller = new Traveller { Name = Misspell(names[random.Next(entries)], random) },
        }).ToArray();

        // Warm up both paths, then time them back to back.
        for (var i = 0; i < 50; i++)
        {
            await server.Health.CheckAsync(new HealthCheckRequest());
            await server.Screening.ScreenTravellerAsync(requests[i % requests.Length]);
        }

        var healthStarted = Stopwatch.GetTimestamp();
        for (var i = 0; i < queries; i++)
        {
            await server.Health.CheckAsync(new HealthCheckRequest());
        }

        var healthPerSecond = queries / Stopwatch.GetElapsedTime(healthStarted).TotalSeconds;
        var hits = 0;
        var screenStarted = Stopwatch.GetTimestamp();
        foreach (var request in requests)
        {
            hits += (await server.Screening.ScreenTravellerAsync(request)).Hits.Count > 0 ? 1 : 0;
        }

        var screensPerSecond = queries / Stopwatch.GetElapsedTime(screenStarted).TotalSeconds;
        var screener = server.Services.GetRequiredService<Screener>();
        var candidates = requests.Select(r => index.Candidates(NameNormalizer.Tokenize(r.Traveller.Name), "", screener.MinNameSimilarity).Count).ToArray();

        Console.WriteLine($"screening by name, {entries} person entries, {queries} misspelt queries, 1 sequential client");
        Console.WriteLine($"  load: {entries / loadSeconds:0} entries/s through ImportEntries");
        Console.WriteLine($"  baseline gRPC health checks: {healthPerSecond:0}/s");
        Console.WriteLine($"  screenings: {screensPerSecond:0}/s = {screensPerSecond / healthPerSecond:0.00} of the baseline; {hits} of {queries} queries found their entry or another");
        Console.WriteLine($"  candidates per query: mean {candidates.Average():0}, p99 {Stats.Percentile(candidates.Select(c => (double)c).ToList(), 99):0} ({candidates.Average() / entries:P2} of the list)");
    }

    /// <summary>The same workload without gRPC or Redis: the index and the scorer alone, timed apart.</summary>
    public static void RunInProcess(int entries, int queries)
    {
        var random = new Random(42);
        var names = Enumerable.Range(0, entries).Select(_ => RandomName(random)).ToArray();
        var index = new MatchIndex();
        var built = Stopwatch.GetTimestamp();
        index.ReplaceAll(names.Select((n, i) => new Core.Watchlist.WatchlistEntry
        {
            Id = $"p{i}", List = "bench", Kind = Core.Common.EntryKind.Person, Category = Core.Common.Category.Wanted,
            Severity = Core.Common.Severity.High, Person = new Core.Watchlist.ListedPerson { Names = [n] },
        }), 1);
        var buildSeconds = Stopwatch.GetElapsedTime(built).TotalSeconds;
        var screener = new Screener(ScreeningThresholds.Default);
        var queryNames = Enumerable.Range(0, queries).Select(_ => Misspell(names[random.Next(entries)], random)).ToArray();

        var candidateCounts = new List<double>();
        var started = Stopwatch.GetTimestamp();
        foreach (var name in queryNames)
        {
            candidateCounts.Add(index.Candidates(NameNormalizer.Tokenize(name), "", screener.MinNameSimilarity).Count);
        }

        var retrievalMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds / queries;
        started = Stopwatch.GetTimestamp();
        foreach (var name in queryNames)
        {
            screener.Screen(new ScreeningQuery { CheckpointId = "CP", Traveller = new TravellerDetails { Name = name } }, index);
        }

        var screenMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds / queries;
        Console.WriteLine($"in-process screening, {entries} entries ({buildSeconds:0.0} s to index), {queries} queries");
        Console.WriteLine($"  candidates per query: mean {candidateCounts.Average():0}, p99 {Stats.Percentile(candidateCounts, 99):0}");
        Console.WriteLine($"  retrieval {retrievalMs:0.000} ms/query; retrieval + scoring {screenMs:0.000} ms/query");
    }

    private static string RandomName(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(2, 5)).Select(_ => Syllables[random.Next(Syllables.Length)]));

    private static string Misspell(string name, Random random)
    {
        var tokens = name.Split(' ');
        var i = random.Next(tokens.Length);
        var t = tokens[i];
        var p = random.Next(t.Length);
        tokens[i] = t.Length > 2 ? t.Remove(p, 1) : t + t[^1];
        return string.Join(' ', tokens.Reverse());
    }
}
