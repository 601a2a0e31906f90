using Checkpoint.Core.Alerts;
using Grpc.Core;
using Grpc.Core.Interceptors;
using StackExchange.Redis;

namespace Checkpoint.Server.Infrastructure;

/// <summary>
/// Turns exceptions into gRPC statuses in one place: store outages become UNAVAILABLE with a clear message,
/// refused alert changes FAILED_PRECONDITION, stale alert versions ABORTED,
/// cancellation CANCELLED, anything unexpected INTERNAL with no details (the exception goes to the log only).
/// </summary>
public sealed class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    private RpcException Map(Exception ex, ServerCallContext context)
    {
        switch (ex)
        {
            case RedisConnectionException or RedisTimeoutException:
                return new RpcException(new Status(StatusCode.Unavailable,
                    "The Checkpoint store (Redis) is unreachable; retry shortly."));
            case RedisServerException rse when rse.Message.StartsWith("LOADING", StringComparison.Ordinal):
                return new RpcException(new Status(StatusCode.Unavailable,
                    "The Checkpoint store (Redis) is loading its data; retry shortly."));
            case AlertTransitionException transition:
                return new RpcException(new Status(StatusCode.FailedPrecondition, transition.Message));
            case AlertVersionConflictException conflict:
                return new RpcException(new Status(StatusCode.Aborted, conflict.Message));
            case ServiceUnavailableException su:
                return new RpcException(new Status(StatusCode.Unavailable, su.Message));
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return new RpcException(new Status(StatusCode.Cancelled, "The call was cancelled."));
            default:
                Log.UnexpectedError(logger, ex, context.Method);
                return new RpcException(new Status(StatusCode.Internal, "Internal error; the server log has the details."));
        }
    }
}
