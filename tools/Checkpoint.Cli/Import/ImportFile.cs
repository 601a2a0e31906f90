namespace Checkpoint.Cli.Import;

/// <summary>Reads an import file from disk in either format. Each enumeration reads the file afresh.</summary>
internal static class ImportFile
{
    /// <summary>The file's records in order.</summary>
    public static IEnumerable<ImportRecord> Read(string path, ImportFormat format)
    {
        // StreamReader honours a byte-order mark, which spreadsheet exports often write, and defaults to UTF-8.
        using var reader = new StreamReader(path);
        var records = format == ImportFormat.Csv ? CsvEntryReader.Read(reader) : JsonLinesEntryReader.Read(reader);
        foreach (var record in records)
        {
            yield return record;
        }
    }
}
