using System.Diagnostics;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Checkpoint.Server.Infrastructure;

/// <summary>
/// One structured event per RPC: method, status, duration and peer. Requests are never logged, so watchlist
/// records and traveller details stay out of the log. This is also where caller identity will be checked.
/// </summary>
public sealed class RpcLoggingInterceptor(ILogger<RpcLoggingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await continuation(request, context);
            Completed(context, StatusCode.OK, null, started);
            return response;
        }
        catch (RpcException ex)
        {
            Completed(context, ex.StatusCode, ex.Status.Detail, started);
            throw;
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await continuation(requestStream, context);
            Completed(context, StatusCode.OK, null, started);
            return response;
        }
        catch (RpcException ex)
        {
            Completed(context, ex.StatusCode, ex.Status.Detail, started);
            throw;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await continuation(request, responseStream, context);
            Completed(context, StatusCode.OK, null, started);
        }
        catch (RpcException ex)
        {
            Completed(context, ex.StatusCode, ex.Status.Detail, started);
            throw;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // A subscriber hanging up is the normal end of a stream, not an error.
            Completed(context, StatusCode.Cancelled, "client went away", started);
            throw;
        }
    }

    private void Completed(ServerCallContext context, StatusCode status, string? detail, long started)
    {
        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (status is StatusCode.OK or StatusCode.Cancelled or StatusCode.InvalidArgument or StatusCode.NotFound
            or StatusCode.FailedPrecondition or StatusCode.Aborted or StatusCode.ResourceExhausted)
        {
            Log.RpcCompleted(logger, context.Method, status, elapsedMs, context.Peer, detail ?? "");
        }
        else
        {
            Log.RpcFailed(logger, context.Method, status, elapsedMs, context.Peer, detail ?? "");
        }
    }
}
