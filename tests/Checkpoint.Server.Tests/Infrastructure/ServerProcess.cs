using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Checkpoint.V1;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Checkpoint.Server.Tests.Infrastructure;

/// <summary>
/// The server as its own process (the built Checkpoint.Server.dll), for tests that must kill an instance the
/// way a crash or a redeploy would, and see clients move to another.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, string address)
    {
        _process = process;
        Address = address;
        Channel = GrpcChannel.ForAddress(address);
        Screening = new ScreeningService.ScreeningServiceClient(Channel);
        Alerts = new AlertService.AlertServiceClient(Channel);
        Watchlist = new WatchlistService.WatchlistServiceClient(Channel);
    }

    public string Address { get; }
    public GrpcChannel Channel { get; }
    public ScreeningService.ScreeningServiceClient Screening { get; }
    public AlertService.AlertServiceClient Alerts { get; }
    public WatchlistService.WatchlistServiceClient Watchlist { get; }

    public static async Task<ServerProcess> StartAsync(string keyPrefix)
    {
        var port = FreePort();
        var address = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Checkpoint.Server.dll"), "--urls", address },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Redis__ConnectionString"] = TestRedis.ConnectionString,
                ["Redis__KeyPrefix"] = keyPrefix,
                ["Alerts__PollIntervalMilliseconds"] = "200",
                ["Serilog__MinimumLevel__Default"] = "Warning",
            },
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the server process");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, address);
        var health = new Health.HealthClient(server.Channel);
        await TaskTimeouts.Eventually(async () =>
        {
            try
            {
                return (await health.CheckAsync(new HealthCheckRequest())).Status == HealthCheckResponse.Types.ServingStatus.Serving;
            }
            catch (global::Grpc.Core.RpcException)
            {
                return false;
            }
        }, $"the server process at {address} to serve", TimeSpan.FromSeconds(60));
        return server;
    }

    /// <summary>Kills the process outright: no graceful shutdown, as in a crash.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().Within("the server process to exit");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await KillAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
