using Checkpoint.Server;
using Checkpoint.V1;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;

namespace Checkpoint.Bench;

/// <summary>A real server instance on 127.0.0.1:&lt;free port&gt;, with clients, for one benchmark run.</summary>
internal sealed class BenchServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchServer(WebApplication app)
    {
        _app = app;
        Channel = GrpcChannel.ForAddress(app.Urls.First());
        Watchlist = new WatchlistService.WatchlistServiceClient(Channel);
        Screening = new ScreeningService.ScreeningServiceClient(Channel);
        Alerts = new AlertService.AlertServiceClient(Channel);
        Health = new Health.HealthClient(Channel);
    }

    public GrpcChannel Channel { get; }
    public WatchlistService.WatchlistServiceClient Watchlist { get; }
    public ScreeningService.ScreeningServiceClient Screening { get; }
    public AlertService.AlertServiceClient Alerts { get; }
    public Health.HealthClient Health { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<BenchServer> StartAsync(string redis, string prefix)
    {
        var app = CheckpointApp.Build([], new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Redis:ConnectionString"] = redis,
            ["Redis:KeyPrefix"] = prefix,
            ["Alerts:SubscriberBufferSize"] = "100000",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        await app.StartAsync();
        var server = new BenchServer(app);
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while ((await server.Health.CheckAsync(new HealthCheckRequest())).Status != HealthCheckResponse.Types.ServingStatus.Serving)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("server did not become SERVING within 120 s");
            }

            await Task.Delay(100);
        }

        return server;
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
