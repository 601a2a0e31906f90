using Grpc.Net.Client;

namespace Checkpoint.Cli;

/// <summary>What every command needs: the server, where to write, and how to open a channel.</summary>
internal sealed class CliContext(Uri server, TextWriter output, TextWriter error, bool errorIsTerminal)
{
    private static readonly TimeSpan UnaryTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The server as the user wrote it, for messages.</summary>
    public string Server { get; } = server.OriginalString;

    /// <summary>Results: what scripts read.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Progress, notes and errors.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>True when stderr is a terminal, so progress can redraw one line in place.</summary>
    public bool ErrorIsTerminal { get; } = errorIsTerminal;

    /// <summary>The deadline for a single request/response call started now.</summary>
    public static DateTime UnaryDeadline => DateTime.UtcNow + UnaryTimeout;

    /// <summary>Opens a channel; http:// is gRPC over cleartext HTTP/2 (h2c), which .NET supports without a switch.</summary>
    public GrpcChannel CreateChannel() =>
        GrpcChannel.ForAddress(server, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                ConnectTimeout = TimeSpan.FromSeconds(5),
                // A long alert subscription sits idle for minutes: pings notice a dead connection so it can reconnect.
                KeepAlivePingDelay = TimeSpan.FromSeconds(30),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
                EnableMultipleHttp2Connections = true,
            },
            DisposeHttpClient = true,
        });
}
