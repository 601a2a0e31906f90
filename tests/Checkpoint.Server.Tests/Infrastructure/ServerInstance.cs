using Microsoft.AspNetCore.Builder;
using Checkpoint.V1;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Checkpoint.Server.Tests.Infrastructure;

/// <summary>
/// One real Checkpoint server: the app Program.cs runs, on Kestrel at 127.0.0.1 on a free port, over h2c,
/// against the given Redis and key prefix, with generated clients connected to it.
/// </summary>
public sealed class ServerInstance : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServerInstance(WebApplication app, string address)
    {
        _app = app;
        Address = address;
        Channel = GrpcChannel.ForAddress(address);
        Watchlist = new WatchlistService.WatchlistServiceClient(Channel);
        Screening = new ScreeningService.ScreeningServiceClient(Channel);
        Alerts = new AlertService.AlertServiceClient(Channel);
        Health = new Health.HealthClient(Channel);
        Documents = new DocumentService.DocumentServiceClient(Channel);
        Checkpoints = new CheckpointService.CheckpointServiceClient(Channel);
    }

    public string Address { get; }
    public GrpcChannel Channel { get; }
    public WatchlistService.WatchlistServiceClient Watchlist { get; }
    public ScreeningService.ScreeningServiceClient Screening { get; }
    public AlertService.AlertServiceClient Alerts { get; }
    public Health.HealthClient Health { get; }
    public DocumentService.DocumentServiceClient Documents { get; }
    public CheckpointService.CheckpointServiceClient Checkpoints { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a server and waits until it reports SERVING (Redis reachable, index loaded).</summary>
    public static async Task<ServerInstance> StartAsync(string keyPrefix, string? redis = null,
        IReadOnlyDictionary<string, string?>? settings = null, bool waitServing = true)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Kestrel:EndpointDefaults:Protocols"] = "Http2",
            ["Redis:ConnectionString"] = redis ?? TestRedis.ConnectionString,
            ["Redis:KeyPrefix"] = keyPrefix,
            ["Alerts:PollIntervalMilliseconds"] = "200",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var app = CheckpointApp.Build([], overrides);
        await app.StartAsync().Within("the server to start");
        var instance = new ServerInstance(app, app.Urls.First());
        if (waitServing)
        {
            await instance.WaitForHealthAsync(HealthCheckResponse.Types.ServingStatus.Serving);
        }

        return instance;
    }

    public Task WaitForHealthAsync(HealthCheckResponse.Types.ServingStatus status, TimeSpan? timeout = null) =>
        TaskTimeouts.Eventually(async () =>
        {
            var response = await Health.CheckAsync(new HealthCheckRequest());
            return response.Status == status;
        }, $"health {status} at {Address}", timeout);

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _app.StopAsync().Within("the server to stop");
        await _app.DisposeAsync();
    }
}
