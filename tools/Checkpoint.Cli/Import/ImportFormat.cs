namespace Checkpoint.Cli.Import;

/// <summary>The import file formats.</summary>
internal enum ImportFormat
{
    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv,

    /// <summary>One protobuf-JSON WatchlistEntry per line.</summary>
    JsonLines,
}

/// <summary>Names and file extensions of <see cref="ImportFormat"/>.</summary>
internal static class ImportFormats
{
    /// <summary>Reads a --format value.</summary>
    public static ImportFormat? FromName(string name) => name.ToLowerInvariant() switch
    {
        "csv" => ImportFormat.Csv,
        "jsonl" or "json" => ImportFormat.JsonLines,
        _ => null,
    };

    /// <summary>Guesses the format from the file name's extension.</summary>
    public static ImportFormat? FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => ImportFormat.Csv,
        ".jsonl" or ".json" => ImportFormat.JsonLines,
        _ => null,
    };
}
