using Checkpoint.Cli.Output;
using Checkpoint.V1;
using Grpc.Core;

namespace Checkpoint.Cli.Commands;

/// <summary>
/// checkpoint alerts: tails AlertService.Subscribe until Ctrl-C. A dropped stream is reopened with resume_after
/// set to the last alert printed, so the server replays what was missed and nothing is printed twice.
/// </summary>
internal static class AlertsCommand
{
    private const string Name = "alerts";
    private const string StreamPositionHeader = "checkpoint-stream-position";
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    internal static SubscribeAlertsRequest Parse(IReadOnlyList<string> args)
    {
        var request = new SubscribeAlertsRequest();
        var reader = new ArgReader(Name, args);
        while (reader.TryNext(out var token))
        {
            switch (token)
            {
                case "--checkpoint": request.CheckpointIds.Add(reader.Value(token)); break;
                case "--min-severity": request.MinSeverity = reader.EnumValue<Severity>(token); break;
                case "--resume-after": request.ResumeAfter = reader.Value(token); break;
                default: throw reader.Unexpected(token);
            }
        }

        return request;
    }

    public static async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        var request = Parse(args);
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // Keep the process alive so the stream is closed cleanly and the exit code is 0.
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            await TailAsync(context, request, stop.Token);
            return ExitCodes.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static async Task TailAsync(CliContext context, SubscribeAlertsRequest request, CancellationToken stop)
    {
        using var channel = context.CreateChannel();
        var client = new AlertService.AlertServiceClient(channel);
        context.Error.WriteLine($"listening for alerts on {context.Server} (Ctrl-C to stop)");
        var backoff = FirstBackoff;
        while (!stop.IsCancellationRequested)
        {
            string reason;
            try
            {
                using var call = client.Subscribe(request, cancellationToken: stop);
                var headers = await call.ResponseHeadersAsync;
                if (request.ResumeAfter.Length == 0 && headers.GetValue(StreamPositionHeader) is { Length: > 0 } position)
                {
                    // Nothing shown yet: resume from where the server says this subscription began.
                    request.ResumeAfter = position;
                }

                await foreach (var alert in call.ResponseStream.ReadAllAsync(stop))
                {
                    context.Out.WriteLine(Display.AlertLine(alert));
                    request.ResumeAfter = alert.EventId.Length > 0 ? alert.EventId : alert.AlertId;
                    backoff = FirstBackoff;
                }

                reason = "the server ended the stream";
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (RpcException ex) when (IsDropped(ex))
            {
                reason = ErrorReport.Describe(ex, context.Server);
            }
            catch (IOException ex)
            {
                reason = ex.Message;
            }

            var resume = request.ResumeAfter.Length > 0 ? $", resuming after {request.ResumeAfter}" : "";
            context.Error.WriteLine($"alert stream dropped ({reason}); reconnecting in {backoff.TotalSeconds:0.#} s{resume}");
            try
            {
                await Task.Delay(backoff, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
        }
    }

    // RESOURCE_EXHAUSTED is how the server ends a subscriber that fell behind; resuming catches up. CANCELLED
    // here came from the server (ours is caught first), e.g. a shutting-down instance ending its streams.
    private static bool IsDropped(RpcException ex) =>
        ex.StatusCode is StatusCode.Unavailable or StatusCode.Internal or StatusCode.ResourceExhausted or StatusCode.Cancelled;
}
