using Checkpoint.Core.Matching;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using StackExchange.Redis;

namespace Checkpoint.Server.Infrastructure;

/// <summary>
/// Keeps grpc.health.v1 current: SERVING while Redis answers a PING and the match index is loaded,
/// NOT_SERVING otherwise, for the server as a whole ("") and for each Checkpoint service.
/// </summary>
public sealed class StoreHealthMonitor(
    HealthServiceImpl health, IConnectionMultiplexer redis, MatchIndex index, ILogger<StoreHealthMonitor> logger)
    : BackgroundService
{
    private static readonly string[] Services =
        ["", "checkpoint.v1.WatchlistService", "checkpoint.v1.ScreeningService", "checkpoint.v1.AlertService", "checkpoint.v1.DocumentService", "checkpoint.v1.CheckpointService"];

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        bool? wasServing = null;
        SetAll(HealthCheckResponse.Types.ServingStatus.NotServing);
        using var timer = new PeriodicTimer(Interval);
        do
        {
            var serving = index.IsLoaded && await PingAsync();
            if (serving != wasServing)
            {
                SetAll(serving ? HealthCheckResponse.Types.ServingStatus.Serving : HealthCheckResponse.Types.ServingStatus.NotServing);
                if (serving)
                {
                    Log.StoreUp(logger);
                }
                else
                {
                    Log.StoreDown(logger);
                }

                wasServing = serving;
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task<bool> PingAsync()
    {
        try
        {
            await redis.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return false;
        }
    }

    private void SetAll(HealthCheckResponse.Types.ServingStatus status)
    {
        foreach (var service in Services)
        {
            health.SetStatus(service, status);
        }
    }
}
