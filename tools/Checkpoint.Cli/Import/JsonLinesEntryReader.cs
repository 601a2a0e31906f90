using System.Text.Json;
using System.Text.Json.Nodes;
using Checkpoint.V1;
using Google.Protobuf;

namespace Checkpoint.Cli.Import;

/// <summary>
/// Reads JSON lines: each non-blank line one WatchlistEntry in protobuf JSON (lowerCamel or original field
/// names), with short enum names such as "PERSON", "HIGH" or "M" allowed.
/// </summary>
internal static class JsonLinesEntryReader
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    // A repeated property is an error here, not a crash later when the object is first read.
    private static readonly JsonDocumentOptions StrictJson = new() { AllowDuplicateProperties = false };

    // The enum fields people write by hand, as (path from the entry, property, enum type).
    private static readonly (string[] Path, Type EnumType)[] FriendlyEnums =
    [
        (["kind"], typeof(EntryKind)),
        (["category"], typeof(Category)),
        (["severity"], typeof(Severity)),
        (["person", "sex"], typeof(Sex)),
    ];

    /// <summary>The records, one per non-blank line.</summary>
    public static IEnumerable<ImportRecord> Read(TextReader reader)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return ParseLine(lineNumber, line);
            }
        }
    }

    /// <summary>One line as an entry, or why it cannot be one.</summary>
    internal static ImportRecord ParseLine(int lineNumber, string line)
    {
        JsonObject entry;
        try
        {
            if (JsonNode.Parse(line, documentOptions: StrictJson) is not JsonObject parsed)
            {
                return ImportRecord.Invalid(lineNumber, "", "", "expected a JSON object");
            }

            entry = parsed;
        }
        catch (JsonException ex)
        {
            return ImportRecord.Invalid(lineNumber, "", "", $"not valid JSON: {Describe(ex)}");
        }

        var id = entry["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var text) ? text : "";
        if (RewriteFriendlyEnums(entry) is { } problem)
        {
            return ImportRecord.Invalid(lineNumber, id, problem.Field, problem.Reason);
        }

        try
        {
            return ImportRecord.Valid(lineNumber, Parser.Parse<WatchlistEntry>(entry.ToJsonString()));
        }
        catch (Exception ex) when (ex is InvalidProtocolBufferException or InvalidJsonException)
        {
            return ImportRecord.Invalid(lineNumber, id, "", ex.Message);
        }
    }

    /// <summary>Replaces short enum names with the full proto names JsonParser needs; returns the first unknown one.</summary>
    internal static (string Field, string Reason)? RewriteFriendlyEnums(JsonObject entry)
    {
        foreach (var (path, enumType) in FriendlyEnums)
        {
            JsonObject? owner = entry;
            foreach (var step in path[..^1])
            {
                owner = owner[step] as JsonObject;
                if (owner is null)
                {
                    break;
                }
            }

            // Numbers and nulls are valid protobuf JSON as they are; JsonParser judges them.
            if (owner?[path[^1]] is not JsonValue value || !value.TryGetValue<string>(out var name))
            {
                continue;
            }

            if (!ProtoEnums.TryGetProtoName(enumType, name, out var protoName))
            {
                return (string.Join('.', path), $"unknown value '{name}' (expected {ProtoEnums.Expected(enumType)})");
            }

            owner[path[^1]] = protoName;
        }

        return null;
    }

    // System.Text.Json counts from 0 and within the line, which reads oddly next to our file line numbers.
    private static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return position < 0 ? message : $"{message[..position]} (at character {ex.BytePositionInLine + 1})";
    }
}
