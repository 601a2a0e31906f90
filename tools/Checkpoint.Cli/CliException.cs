namespace Checkpoint.Cli;

/// <summary>A failure the user can act on: printed as "error: message" with no stack trace.</summary>
internal class CliException(string message, int exitCode = ExitCodes.Failure) : Exception(message)
{
    /// <summary>The process exit code this failure ends with.</summary>
    public int ExitCode { get; } = exitCode;
}

/// <summary>Bad command-line usage (or a request for help): prints the usage text and exits 2.</summary>
internal sealed class UsageException(string? command, string? problem)
    : CliException(problem ?? "help requested", ExitCodes.Usage)
{
    /// <summary>The command whose usage to show; null for the full text.</summary>
    public string? Command { get; } = command;

    /// <summary>What was wrong; null when the user asked for help.</summary>
    public string? Problem { get; } = problem;
}
