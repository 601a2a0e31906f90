using System.Buffers;
using Checkpoint.Core.Common;

namespace Checkpoint.Core.Watchlist;

/// <summary>
/// What makes an entry storable. Returns every problem as (field path, message) so callers can report them
/// all at once; the gRPC layer turns them into a google.rpc.BadRequest.
/// </summary>
public static class WatchlistEntryRules
{
    public const int MaxIdLength = 128;
    public const int MaxListLength = 64;
    public const int MaxNames = 20;
    public const int MaxNameLength = 200;
    public const int MaxActionLength = 1000;
    public const int MaxDocumentNumberLength = 32;
    public const int MaxDocumentTypeLength = 16;

    private static readonly SearchValues<char> IdChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-");
    private static readonly SearchValues<char> ListChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789._-");

    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxIdLength && !id.AsSpan().ContainsAnyExcept(IdChars);

    public static bool IsValidListName(string? list) =>
        !string.IsNullOrEmpty(list) && list.Length <= MaxListLength && !list.AsSpan().ContainsAnyExcept(ListChars);

    public static List<FieldProblem> Check(WatchlistEntry entry)
    {
        var problems = new List<FieldProblem>();
        if (!IsValidId(entry.Id))
        {
            problems.Add(new("id", $"must be 1-{MaxIdLength} characters from A-Z a-z 0-9 . _ : -"));
        }

        if (!IsValidListName(entry.List))
        {
            problems.Add(new("list", $"must be 1-{MaxListLength} characters from a-z 0-9 . _ -"));
        }

        if (!Enum.IsDefined(entry.Kind) || entry.Kind == EntryKind.Unspecified)
        {
            problems.Add(new("kind", "must be PERSON or DOCUMENT"));
        }

        if (!Enum.IsDefined(entry.Category) || entry.Category == Category.Unspecified)
        {
            problems.Add(new("category", "must be a known category"));
        }

        if (!Enum.IsDefined(entry.Severity) || entry.Severity == Severity.Unspecified)
        {
            problems.Add(new("severity", "must be LOW, MEDIUM, HIGH or CRITICAL"));
        }

        if (entry.Action.Length > MaxActionLength)
        {
            problems.Add(new("action", $"must be at most {MaxActionLength} characters"));
        }

        if (entry.Kind == EntryKind.Person && entry.Person is null)
        {
            problems.Add(new("person", "is required when kind is PERSON"));
        }

        if (entry.Kind == EntryKind.Document && string.IsNullOrWhiteSpace(entry.Document?.Number))
        {
            problems.Add(new("document.number", "is required when kind is DOCUMENT"));
        }

        if (entry.Person is { } person)
        {
            CheckPerson(person, problems);
        }

        if (entry.Document is { } document)
        {
            CheckDocument(document, "document", problems);
        }

        return problems;
    }

    /// <summary>Checks a document's fields, naming them under <paramref name="prefix"/>.</summary>
    public static void CheckDocument(DocumentRef document, string prefix, List<FieldProblem> problems)
    {
        if (document.Number.Length > MaxDocumentNumberLength)
        {
            problems.Add(new($"{prefix}.number", $"must be at most {MaxDocumentNumberLength} characters"));
        }

        if (document.Number.Length > 0 && Documents.DocumentNumber.Normalize(document.Number).Length == 0)
        {
            problems.Add(new($"{prefix}.number", "must contain letters or digits"));
        }

        CheckCountry(document.IssuingCountry, $"{prefix}.issuing_country", problems);
        if (document.Type.Length > MaxDocumentTypeLength)
        {
            problems.Add(new($"{prefix}.type", $"must be at most {MaxDocumentTypeLength} characters"));
        }

        if (document.ExpiryDate.Length > 0 && !(PartialDate.TryParse(document.ExpiryDate, out var expiry) && expiry.HasDay))
        {
            problems.Add(new($"{prefix}.expiry_date", "must be a date YYYY-MM-DD"));
        }
    }

    /// <summary>An optional country code: empty, or a known alpha-3 code.</summary>
    public static void CheckCountry(string code, string field, List<FieldProblem> problems)
    {
        if (code.Length > 0 && !CountryCodes.IsKnown(code))
        {
            problems.Add(new(field, $"'{Truncate(code)}' is not an ISO 3166-1 alpha-3 country code"));
        }
    }

    /// <summary>An optional date of birth: empty, YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public static void CheckDateOfBirth(string dob, string field, List<FieldProblem> problems)
    {
        if (dob.Length > 0 && !PartialDate.TryParse(dob, out _))
        {
            problems.Add(new(field, $"'{Truncate(dob)}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"));
        }
    }

    private static void CheckPerson(ListedPerson person, List<FieldProblem> problems)
    {
        if (person.Names.Count is 0 or > MaxNames)
        {
            problems.Add(new("person.names", $"must hold 1-{MaxNames} names"));
        }

        for (var i = 0; i < person.Names.Count && i < MaxNames; i++)
        {
            var name = person.Names[i];
            if (name.Length > MaxNameLength)
            {
                problems.Add(new($"person.names[{i}]", $"must be at most {MaxNameLength} characters"));
            }
            else if (Names.NameNormalizer.Tokenize(name).Length == 0)
            {
                problems.Add(new($"person.names[{i}]", "must contain letters"));
            }
        }

        CheckDateOfBirth(person.DateOfBirth, "person.date_of_birth", problems);
        CheckCountry(person.Nationality, "person.nationality", problems);
        if (!Enum.IsDefined(person.Sex))
        {
            problems.Add(new("person.sex", "must be a known value"));
        }
    }

    // Echoing a huge bad value back would make the error as oversized as the input.
    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}

/// <summary>One invalid field: its path (proto field names, e.g. "person.names[2]") and what is wrong.</summary>
public sealed record FieldProblem(string Field, string Description);
