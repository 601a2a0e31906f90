using Checkpoint.Bench;

// Usage: dotnet run -c Release --project tools/Checkpoint.Bench -- alert-latency|screening [options]
// (tools/scripts/bench.sh starts a Redis for it). Figures are ratios to baselines measured in the same run.
var redis = Environment.GetEnvironmentVariable("CHECKPOINT_BENCH_REDIS") ?? "127.0.0.1:6392";
var mode = args.FirstOrDefault() ?? "";
int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
}

switch (mode)
{
    case "alert-latency":
        await AlertLatencyBench.RunAsync(redis, Option("--subscribers", 20), Option("--alerts", 200));
        return 0;
    case "screening":
        await ScreeningBench.RunAsync(redis, Option("--entries", 100_000), Option("--queries", 2000));
        return 0;
    case "screening-core":
        ScreeningBench.RunInProcess(Option("--entries", 100_000), Option("--queries", 2000));
        return 0;
    default:
        Console.Error.WriteLine("usage: checkpoint-bench alert-latency [--subscribers N] [--alerts N]");
        Console.Error.WriteLine("       checkpoint-bench screening [--entries N] [--queries N]");
        Console.Error.WriteLine("       checkpoint-bench screening-core [--entries N] [--queries N]   (no gRPC, no Redis)");
        return 2;
}
