using System.Net.Http;
using System.Net.Sockets;
using Grpc.Core;

namespace Checkpoint.Cli;

/// <summary>Turns a failure into the message on stderr and the exit code: one place for every command.</summary>
internal static class ErrorReport
{
    /// <summary>True for failures reported as a message; anything else is a bug and keeps its stack trace.</summary>
    public static bool Handles(Exception ex) => ex is CliException or RpcException or IOException or UnauthorizedAccessException;

    /// <summary>Writes the failure and returns the exit code.</summary>
    public static int Write(Exception ex, string? server, TextWriter error)
    {
        switch (ex)
        {
            case UsageException usage:
                if (usage.Problem is not null)
                {
                    error.WriteLine($"error: {usage.Problem}");
                    error.WriteLine();
                }

                error.Write(Usage.Text(usage.Command));
                return ExitCodes.Usage;
            case CliException cli:
                error.WriteLine($"error: {cli.Message}");
                return cli.ExitCode;
            case RpcException rpc:
                error.WriteLine($"error: {Describe(rpc, server)}");
                foreach (var (field, description) in StatusDetails.FieldViolations(rpc.Trailers))
                {
                    error.WriteLine($"  {field}: {description}");
                }

                return ExitCodes.Failure;
            default:
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Failure;
        }
    }

    /// <summary>One line saying what went wrong with a call, e.g. "NotFound: No watchlist entry with id 'x'."</summary>
    public static string Describe(RpcException ex, string? server) =>
        IsUnreachable(ex)
            ? $"cannot reach the Checkpoint server at {server} (is it running?)"
            : $"{ex.StatusCode}: {ex.Status.Detail}";

    /// <summary>True when the call failed because no connection could be made (refused, unknown host).</summary>
    public static bool IsUnreachable(RpcException ex)
    {
        if (ex.StatusCode != StatusCode.Unavailable)
        {
            return false;
        }

        for (var inner = ex.Status.DebugException; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException || inner is HttpRequestException
                {
                    HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError,
                })
            {
                return true;
            }
        }

        return false;
    }
}
