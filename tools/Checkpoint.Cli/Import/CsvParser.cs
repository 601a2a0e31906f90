using System.Text;

namespace Checkpoint.Cli.Import;

/// <summary>One CSV record: the line it starts on, its fields, and what is malformed about it, if anything.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error)
{
    /// <summary>True for an empty line, which RFC 4180 reads as one empty field.</summary>
    public bool IsBlank => Fields.Count == 1 && string.IsNullOrWhiteSpace(Fields[0]);
}

/// <summary>
/// An RFC 4180 reader: comma-separated, fields optionally in double quotes, "" for a quote inside them, and
/// commas and line breaks allowed inside quotes. A malformed record is returned with an error rather than
/// thrown, so one bad line does not stop an import.
/// </summary>
internal static class CsvParser
{
    /// <summary>Reads records until the end of the input.</summary>
    public static IEnumerable<CsvRecord> Parse(TextReader reader)
    {
        var line = 1;
        var field = new StringBuilder();
        while (reader.Peek() >= 0)
        {
            var recordLine = line;
            var fields = new List<string>();
            string? error = null;
            var endOfRecord = false;
            while (!endOfRecord)
            {
                if (reader.Peek() == '"')
                {
                    reader.Read();
                    if (!ReadQuoted(reader, field, ref line))
                    {
                        error ??= "a quoted field is not closed before the end of the file";
                        endOfRecord = true;
                    }
                    else if (reader.Peek() is not (',' or '\r' or '\n' or -1))
                    {
                        error ??= $"unexpected text after the closing quote of field {fields.Count + 1}";
                    }
                }

                // Unquoted text, or what follows a closing quote: up to the next comma or line break.
                while (!endOfRecord)
                {
                    var c = reader.Read();
                    if (c == ',')
                    {
                        break;
                    }

                    if (c is -1 or '\n' or '\r')
                    {
                        if (c == '\r' && reader.Peek() == '\n')
                        {
                            reader.Read();
                        }

                        line += c == -1 ? 0 : 1;
                        endOfRecord = true;
                        break;
                    }

                    // Lenient: a quote inside an unquoted field is kept as text, as spreadsheets do.
                    field.Append((char)c);
                }

                fields.Add(field.ToString());
                field.Clear();
            }

            yield return new CsvRecord(recordLine, fields, error);
        }
    }

    // Reads after an opening quote up to the closing one; false when the input ends first.
    private static bool ReadQuoted(TextReader reader, StringBuilder field, ref int line)
    {
        while (true)
        {
            var c = reader.Read();
            switch (c)
            {
                case -1:
                    return false;
                case '"' when reader.Peek() == '"':
                    reader.Read();
                    field.Append('"');
                    break;
                case '"':
                    return true;
                default:
                    if (c == '\n' || (c == '\r' && reader.Peek() != '\n'))
                    {
                        line++;
                    }

                    field.Append((char)c);
                    break;
            }
        }
    }
}
