using System.Security.Cryptography;
using System.Text;
using Checkpoint.Core.Documents;
using Checkpoint.Core.Names;
using Checkpoint.Core.Screening;
using Checkpoint.Core.Watchlist;

namespace Checkpoint.Core.Suppressions;

/// <summary>
/// A supervisor's finding that a traveller (known by document, or by name and date of birth) is not a given
/// watchlist entry. While it lasts, and while the entry is unchanged, that pair's hit is shown as suppressed
/// instead of raising an alert.
/// </summary>
public sealed record Suppression
{
    public required string Id { get; init; }
    public required string EntryId { get; init; }

    /// <summary>The entry as it was when suppressed (see <see cref="EntryFingerprint"/>): a changed entry is checked afresh.</summary>
    public required string EntryFingerprint { get; init; }

    public required string TravellerKey { get; init; }

    /// <summary>The traveller key in words, e.g. "document MA1234567 (MMR)".</summary>
    public required string Traveller { get; init; }

    public required string CreatedBy { get; init; }
    public string Reason { get; init; } = "";
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public string AlertId { get; init; } = "";
}

/// <summary>How a traveller is recognised again: by document, and by name with date of birth.</summary>
public static class TravellerKeys
{
    public static IReadOnlyList<(string Key, string Description)> For(TravellerDetails traveller, DocumentRef document)
    {
        var keys = new List<(string, string)>();
        var number = DocumentNumber.Normalize(document.Number);
        if (number.Length > 0)
        {
            keys.Add(($"doc:{number}:{document.IssuingCountry}",
                document.IssuingCountry.Length > 0 ? $"document {number} ({document.IssuingCountry})" : $"document {number}"));
        }

        var tokens = NameNormalizer.Tokenize(traveller.Name);
        if (tokens.Length > 0 && traveller.DateOfBirth.Length > 0)
        {
            var name = string.Join(' ', tokens.Order(StringComparer.Ordinal));
            keys.Add(($"name:{name}:{traveller.DateOfBirth}", $"name '{traveller.Name}' born {traveller.DateOfBirth}"));
        }

        return keys;
    }
}

/// <summary>A stable digest of what an entry says about whom it lists; any change to that changes it.</summary>
public static class EntryFingerprint
{
    public static string Of(WatchlistEntry entry)
    {
        var person = entry.Person;
        var document = entry.Document;
        var canonical = string.Join('\u001f',
        [
            entry.Kind.ToString(), entry.Category.ToString(),
            string.Join('\u001e', person?.Names ?? []), person?.DateOfBirth ?? "", person?.Nationality ?? "", person?.Sex.ToString() ?? "",
            document?.Number ?? "", document?.IssuingCountry ?? "", document?.Type ?? "",
        ]);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..32];
    }
}

/// <summary>Marks hits covered by a live suppression, and takes them out of the decision.</summary>
public static class SuppressionRules
{
    /// <summary>
    /// The outcome with each hit that a suppression covers (same entry, same fingerprint, not expired) marked,
    /// and the decision taken from the other hits only.
    /// </summary>
    public static ScreeningOutcome Apply(ScreeningOutcome outcome, IReadOnlyCollection<Suppression> found,
        Func<string, string?> currentFingerprint, DateTimeOffset now)
    {
        if (found.Count == 0)
        {
            return outcome;
        }

        var hits = outcome.Hits.Select(hit =>
        {
            var suppression = found.FirstOrDefault(s => s.EntryId == hit.EntryId && s.ExpiresAt > now
                && s.EntryFingerprint == currentFingerprint(hit.EntryId));
            return suppression is null ? hit : hit with { SuppressedBy = suppression };
        }).ToList();
        var live = hits.Where(h => h.SuppressedBy is null).ToList();
        var decision = live.Count == 0 ? Common.Decision.Clear : live.Max(h => h.Decision);
        return outcome with { Decision = decision, Hits = hits };
    }
}
