using System.Collections.Concurrent;
using System.Diagnostics;
using Checkpoint.V1;
using Grpc.Core;
using Grpc.Health.V1;
using StackExchange.Redis;

namespace Checkpoint.Bench;

/// <summary>
/// Time from ScreenTraveller returning to each subscriber holding the alert, for subscribers on the instance
/// that raised it and on a second instance sharing the Redis. Baselines from the same run: a Redis PING and a
/// unary gRPC health check, both round trips on the same loopback.
/// </summary>
internal static class AlertLatencyBench
{
    public static async Task RunAsync(string redis, int subscribers, int alerts)
    {
        var prefix = "bench-" + Guid.NewGuid().ToString("N")[..8];
        await using var one = await BenchServer.StartAsync(redis, prefix);
        await using var two = await BenchServer.StartAsync(redis, prefix);
        var number = "BENCH" + Random.Shared.Next(1_000_000, 9_999_999);
        await one.Watchlist.UpsertEntriesAsync(new UpsertEntriesRequest
        {
            Entries =
            {
                new WatchlistEntry
                {
                    Id = "bench-doc", List = "bench", Kind = EntryKind.Document, Category = Category.LostStolenDocument,
                    Severity = Severity.High, Document = new TravelDocument { Number = number },
                },
            },
        });

        var received = new ConcurrentDictionary<(int Subscriber, string AlertId), long>();
        using var stop = new CancellationTokenSource();
        var pumps = new List<Task>();
        for (var s = 0; s < subscribers; s++)
        {
            var subscriber = s;
            var server = s % 2 == 0 ? one : two;
            var call = server.Alerts.Subscribe(new SubscribeAlertsRequest(), cancellationToken: stop.Token);
            await call.ResponseHeadersAsync;
            pumps.Add(Task.Run(async () =>
            {
                try
                {
                    await foreach (var alert in call.ResponseStream.ReadAllAsync(stop.Token))
                    {
                        received[(subscriber, alert.AlertId)] = Stopwatch.GetTimestamp();
                    }
                }
                catch (Exception) when (stop.IsCancellationRequested)
                {
                }
                finally
                {
                    call.Dispose();
                }
            }));
        }

        var (pingMs, healthMs) = await BaselinesAsync(redis, one);
        var local = new List<double>();
        var remote = new List<double>();
        var request = new ScreenTravellerRequest { CheckpointId = "CP-BENCH", Document = new TravelDocument { Number = number } };
        for (var a = 0; a < alerts; a++)
        {
            var result = await one.Screening.ScreenTravellerAsync(request);
            var returned = Stopwatch.GetTimestamp();
            var deadline = DateTime.UtcNow.AddSeconds(10);
            for (var s = 0; s < subscribers; s++)
            {
                long at;
                while (!received.TryGetValue((s, result.AlertId), out at))
                {
                    if (DateTime.UtcNow > deadline)
                    {
                        throw new TimeoutException($"subscriber {s} never received alert {result.AlertId}");
                    }

                    await Task.Yield();
                }

                // An alert can reach a subscriber before the screening's response is read: that counts as 0.
                var ms = Math.Max(0, Stopwatch.GetElapsedTime(returned, at).TotalMilliseconds);
                (s % 2 == 0 ? local : remote).Add(ms);
            }
        }

        // Sustained rate: 4 terminals screen hits as fast as they can for 5 s; the desk keeps up when every
        // subscriber has every alert soon after the last one is raised.
        var sustainedStart = Stopwatch.GetTimestamp();
        var raised = new ConcurrentBag<string>();
        var terminals = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetElapsedTime(sustainedStart) < TimeSpan.FromSeconds(5))
            {
                raised.Add((await one.Screening.ScreenTravellerAsync(request)).AlertId);
            }
        })).ToArray();
        await Task.WhenAll(terminals);
        var raisedSeconds = Stopwatch.GetElapsedTime(sustainedStart).TotalSeconds;
        var deadline2 = DateTime.UtcNow.AddSeconds(60);
        foreach (var id in raised)
        {
            for (var s = 0; s < subscribers; s++)
            {
                while (!received.ContainsKey((s, id)))
                {
                    if (DateTime.UtcNow > deadline2)
                    {
                        throw new TimeoutException($"subscriber {s} never received alert {id}");
                    }

                    await Task.Delay(1);
                }
            }
        }

        var deliveredSeconds = Stopwatch.GetElapsedTime(sustainedStart).TotalSeconds;
        await stop.CancelAsync();
        await Task.WhenAll(pumps);

        Console.WriteLine($"alert delivery, {subscribers} subscribers on 2 instances, {alerts} alerts (each received by all: {local.Count + remote.Count} deliveries)");
        Console.WriteLine($"  baseline Redis PING p50 {Stats.Ms(pingMs)}, gRPC health check p50 {Stats.Ms(healthMs)}");
        foreach (var (name, samples) in new[] { ("same instance", local), ("other instance", remote) })
        {
            var p50 = Stats.Percentile(samples, 50);
            var p99 = Stats.Percentile(samples, 99);
            Console.WriteLine($"  {name,-15} p50 {Stats.Ms(p50)} ({Stats.Ratio(p50, healthMs)} a gRPC round trip), p99 {Stats.Ms(p99)} ({Stats.Ratio(p99, healthMs)}), max {Stats.Ms(samples.Max())}");
        }

        Console.WriteLine($"  sustained: {raised.Count} alerts raised by 4 terminals in {raisedSeconds:0.0} s ({raised.Count / raisedSeconds:0}/s), " +
            $"all delivered to all {subscribers} subscribers within {deliveredSeconds:0.0} s ({raised.Count / deliveredSeconds:0} alerts/s, " +
            $"{raised.Count * (double)subscribers / deliveredSeconds:0} deliveries/s)");
    }

    private static async Task<(double PingMs, double HealthMs)> BaselinesAsync(string redis, BenchServer server)
    {
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis);
        var db = mux.GetDatabase();
        var pings = new List<double>();
        var checks = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            var t = Stopwatch.GetTimestamp();
            await db.PingAsync();
            pings.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            t = Stopwatch.GetTimestamp();
            await server.Health.CheckAsync(new HealthCheckRequest());
            checks.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }

        return (Stats.Percentile(pings, 50), Stats.Percentile(checks, 50));
    }
}
