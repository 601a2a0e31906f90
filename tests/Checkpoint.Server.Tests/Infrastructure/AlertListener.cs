using System.Threading.Channels;
using Checkpoint.V1;
using Grpc.Core;

namespace Checkpoint.Server.Tests.Infrastructure;

/// <summary>
/// A supervisor's subscription running in the background: alerts are queued as they arrive, and tests take
/// them with a deadline. Started only once the server has confirmed the subscription (response headers).
/// </summary>
public sealed class AlertListener : IAsyncDisposable
{
    private readonly AsyncServerStreamingCall<Alert> _call;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<Alert> _received = Channel.CreateUnbounded<Alert>();
    private readonly Task _pump;

    private AlertListener(AsyncServerStreamingCall<Alert> call)
    {
        _call = call;
        _pump = Task.Run(PumpAsync);
    }

    /// <summary>The status the stream ended with, once it has ended.</summary>
    public Status? EndStatus { get; private set; }

    public static async Task<AlertListener> StartAsync(AlertService.AlertServiceClient client, SubscribeAlertsRequest request)
    {
        var call = client.Subscribe(request);
        await call.ResponseHeadersAsync.Within("the subscription to be confirmed");
        return new AlertListener(call);
    }

    public Task<Alert> NextAsync(string what, TimeSpan? timeout = null) =>
        _received.Reader.ReadAsync().AsTask().Within(what, timeout);

    /// <summary>Reads until an alert with <paramref name="alertId"/> arrives; returns everything read before it.</summary>
    public async Task<List<Alert>> ReadUntilAsync(string alertId, string what)
    {
        var before = new List<Alert>();
        while (true)
        {
            var alert = await NextAsync(what);
            if (alert.AlertId == alertId)
            {
                return before;
            }

            before.Add(alert);
        }
    }

    public Task Ended => _pump;

    private async Task PumpAsync()
    {
        try
        {
            await foreach (var alert in _call.ResponseStream.ReadAllAsync(_stop.Token))
            {
                await _received.Writer.WriteAsync(alert);
            }

            EndStatus = Status.DefaultSuccess;
        }
        catch (RpcException ex)
        {
            EndStatus = ex.Status;
        }
        catch (OperationCanceledException)
        {
            EndStatus = new Status(StatusCode.Cancelled, "stopped by the test");
        }
        finally
        {
            _received.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _call.Dispose();
        await _pump.Within("the alert listener to stop");
    }
}
