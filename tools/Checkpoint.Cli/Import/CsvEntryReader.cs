using Checkpoint.V1;

namespace Checkpoint.Cli.Import;

/// <summary>Maps CSV records to watchlist entries by the header's column names (any order, any case).</summary>
internal static class CsvEntryReader
{
    /// <summary>The separator between names in the names column; the first name is the primary one.</summary>
    public const char NameSeparator = '|';

    private static readonly string[] RequiredColumns = ["id", "list", "kind", "category", "severity"];

    private static readonly string[] OptionalColumns =
    [
        "action", "names", "date_of_birth", "nationality", "sex",
        "document_number", "document_issuing_country", "document_type",
    ];

    /// <summary>The records after the header; throws <see cref="ImportFileException"/> when the header is unusable.</summary>
    public static IEnumerable<ImportRecord> Read(TextReader reader)
    {
        using var records = CsvParser.Parse(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new ImportFileException(1, "the file is empty; a header row naming the columns is required");
        }

        var columns = ReadHeader(records.Current);
        while (records.MoveNext())
        {
            if (!records.Current.IsBlank)
            {
                yield return Map(columns, records.Current);
            }
        }
    }

    /// <summary>Column name (lower case) to field position.</summary>
    internal static Dictionary<string, int> ReadHeader(CsvRecord header)
    {
        if (header.Error is not null)
        {
            throw new ImportFileException(header.Line, $"the header row is malformed: {header.Error}");
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().ToLowerInvariant();
            if (!RequiredColumns.Contains(name) && !OptionalColumns.Contains(name))
            {
                // Refusing unknown columns catches a misspelt one that would otherwise be dropped from every entry.
                throw new ImportFileException(header.Line,
                    $"unknown column '{header.Fields[i]}' (known: {string.Join(", ", RequiredColumns.Concat(OptionalColumns))})");
            }

            if (!columns.TryAdd(name, i))
            {
                throw new ImportFileException(header.Line, $"column '{name}' appears twice");
            }
        }

        var missing = RequiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new ImportFileException(header.Line, $"missing required column(s): {string.Join(", ", missing)}");
        }

        return columns;
    }

    /// <summary>One record as an entry, or the reason it cannot be one.</summary>
    internal static ImportRecord Map(IReadOnlyDictionary<string, int> columns, CsvRecord record)
    {
        string Get(string column) =>
            columns.TryGetValue(column, out var i) && i < record.Fields.Count ? record.Fields[i].Trim() : "";

        var id = Get("id");
        if (record.Error is not null)
        {
            return ImportRecord.Invalid(record.Line, id, "", record.Error);
        }

        if (record.Fields.Count != columns.Count)
        {
            return ImportRecord.Invalid(record.Line, id, "", $"expected {columns.Count} fields as in the header, found {record.Fields.Count}");
        }

        var entry = new WatchlistEntry { Id = id, List = Get("list"), Action = Get("action") };
        var problems = new List<(string Column, string Reason)>();
        entry.Kind = ParseEnum<EntryKind>("kind", Get("kind"), problems);
        entry.Category = ParseEnum<Category>("category", Get("category"), problems);
        entry.Severity = ParseEnum<Severity>("severity", Get("severity"), problems);
        var sex = ParseEnum<Sex>("sex", Get("sex"), problems);
        if (problems.Count > 0)
        {
            // Shaped like the server's rejections: the first field, then every problem.
            var reason = problems.Count == 1 ? problems[0].Reason : string.Join("; ", problems.Select(p => $"{p.Column}: {p.Reason}"));
            return ImportRecord.Invalid(record.Line, id, problems[0].Column, reason);
        }

        var names = Get("names").Split(NameSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var person = new Person { DateOfBirth = Get("date_of_birth"), Nationality = Get("nationality"), Sex = sex };
        person.Names.AddRange(names);
        var document = new TravelDocument
        {
            Number = Get("document_number"), IssuingCountry = Get("document_issuing_country"), Type = Get("document_type"),
        };

        // Leave out what the row does not describe, so the server sees "no person" rather than an empty one.
        entry.Person = person.Equals(new Person()) ? null : person;
        entry.Document = document.Equals(new TravelDocument()) ? null : document;
        return ImportRecord.Valid(record.Line, entry);
    }

    // An empty cell is left unspecified for the server to judge; only text naming no value is the client's to reject.
    private static T ParseEnum<T>(string column, string text, List<(string Column, string Reason)> problems)
        where T : struct, Enum
    {
        if (text.Length == 0)
        {
            return default;
        }

        if (ProtoEnums.TryParse<T>(text, out var value))
        {
            return value;
        }

        problems.Add((column, $"unknown value '{text}' (expected {ProtoEnums.Expected(typeof(T))})"));
        return default;
    }
}
