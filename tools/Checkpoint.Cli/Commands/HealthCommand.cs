using System.Diagnostics;
using System.Globalization;
using Checkpoint.Cli.Output;
using Grpc.Core;
using Grpc.Health.V1;

namespace Checkpoint.Cli.Commands;

/// <summary>checkpoint health [--wait SECONDS]: asks grpc.health.v1.Health/Check for the whole server.</summary>
internal static class HealthCommand
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    /// <summary>How long to keep trying; null to ask once.</summary>
    internal static TimeSpan? Parse(IReadOnlyList<string> args)
    {
        var reader = new ArgReader("health", args);
        TimeSpan? wait = null;
        while (reader.TryNext(out var token))
        {
            if (token != "--wait")
            {
                throw reader.Unexpected(token);
            }

            var text = reader.Value(token);
            if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) || !double.IsFinite(seconds) || seconds > 86_400)
            {
                throw new UsageException("health", $"option --wait must be a number of seconds, got '{text}'");
            }

            wait = TimeSpan.FromSeconds(seconds);
        }

        return wait;
    }

    public static async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        var wait = Parse(args);
        using var channel = context.CreateChannel();
        var client = new Health.HealthClient(channel);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var remaining = (wait ?? TimeSpan.Zero) - clock.Elapsed;
            var canRetry = wait is not null && remaining > RetryInterval;
            HealthCheckResponse response;
            try
            {
                // While waiting, a hung server must not hold one attempt past the wait.
                var timeout = canRetry && remaining < CallTimeout ? remaining : CallTimeout;
                response = await client.CheckAsync(new HealthCheckRequest { Service = "" }, deadline: DateTime.UtcNow + timeout);
            }
            catch (RpcException ex) when (canRetry && ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
            {
                await Task.Delay(RetryInterval);
                continue;
            }

            var serving = response.Status == HealthCheckResponse.Types.ServingStatus.Serving;
            if (serving || !canRetry)
            {
                context.Out.WriteLine(Display.ServingStatus(response.Status));
                return serving ? ExitCodes.Success : ExitCodes.Failure;
            }

            await Task.Delay(RetryInterval);
        }
    }
}
