namespace Checkpoint.Cli.Import;

/// <summary>A problem with the file as a whole (such as its CSV header), which stops the import before anything is sent.</summary>
internal sealed class ImportFileException(int line, string problem) : Exception($"line {line}: {problem}")
{
    /// <summary>The line the problem is on.</summary>
    public int Line { get; } = line;
}
