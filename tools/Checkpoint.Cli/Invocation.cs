namespace Checkpoint.Cli;

/// <summary>A parsed command line: the server to talk to, the command, and the command's own arguments.</summary>
internal sealed record Invocation(Uri Server, string Command, IReadOnlyList<string> Arguments)
{
    /// <summary>Used when neither --server nor CHECKPOINT_SERVER names a server; the server's own default.</summary>
    public const string DefaultServer = "http://127.0.0.1:5080";

    /// <summary>The environment variable that names the server when --server is not given.</summary>
    public const string ServerVariable = "CHECKPOINT_SERVER";

    /// <summary>Splits off the global options (anywhere on the line) and the command; help requests become a <see cref="UsageException"/>.</summary>
    public static Invocation Parse(IReadOnlyList<string> args, string? serverFromEnvironment)
    {
        string? server = null;
        string? command = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--server")
            {
                server = i + 1 < args.Count ? args[++i] : throw new UsageException(null, "option --server needs a value");
            }
            else if (arg.StartsWith("--server=", StringComparison.Ordinal))
            {
                server = arg["--server=".Length..];
            }
            else if (arg is "-h" or "--help")
            {
                throw new UsageException(command, null);
            }
            else if (command is null && !ArgReader.IsOption(arg))
            {
                command = arg;
            }
            else if (command is null)
            {
                throw new UsageException(null, $"unknown option {arg}");
            }
            else
            {
                rest.Add(arg);
            }
        }

        if (command is null or "help")
        {
            throw new UsageException(rest.FirstOrDefault(), null);
        }

        var (text, source) = server is not null ? (server, "--server")
            : !string.IsNullOrEmpty(serverFromEnvironment) ? (serverFromEnvironment, ServerVariable)
            : (DefaultServer, "the default server");
        return new Invocation(ParseServer(text, source), command, rest);
    }

    private static Uri ParseServer(string text, string source)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        throw new UsageException(null, $"{source} must be an http:// or https:// URL, got '{text}'");
    }
}
