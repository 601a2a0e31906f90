namespace Checkpoint.Cli;

/// <summary>The process exit codes, which scripts branch on (listed in the usage text).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int Review = 3;
    public const int Hit = 4;
}
