using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Checkpoint.Server.Tests.Infrastructure;

/// <summary>
/// A redis-server process of the test's own (the binary the test script installed), on a free loopback port
/// with append-only persistence in a temporary folder, so that a test can stop and restart it.
/// </summary>
public sealed class OwnRedisServer : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("checkpoint-redis-").FullName;
    private Process? _process;

    public int Port { get; } = FreePort();

    public string ConnectionString => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        var binary = Environment.GetEnvironmentVariable("CHECKPOINT_REDIS_SERVER_BIN") is { Length: > 0 } bin ? bin : "redis-server";
        var info = new ProcessStartInfo(binary)
        {
            ArgumentList = { "--bind", "127.0.0.1", "--port", Port.ToString(), "--dir", _dir, "--appendonly", "yes", "--save", "" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(info) ?? throw new InvalidOperationException("could not start redis-server");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        await TaskTimeouts.Eventually(() => Task.FromResult(Accepts()), $"redis-server to listen on {Port}");
    }

    /// <summary>Kills the server abruptly, as a crash or a pulled cable would.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync().Within("redis-server to exit");
        }

        await TaskTimeouts.Eventually(() => Task.FromResult(!Accepts()), $"port {Port} to close");
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private bool Accepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
