using Checkpoint.Core.Common;

namespace Checkpoint.Core.Watchlist;

/// <summary>One record on a watchlist: a person (found by name and documents) or a document.</summary>
public sealed record WatchlistEntry
{
    public required string Id { get; init; }
    public required string List { get; init; }
    public required EntryKind Kind { get; init; }
    public required Category Category { get; init; }
    public required Severity Severity { get; init; }
    public string Action { get; init; } = "";
    public ListedPerson? Person { get; init; }
    public DocumentRef? Document { get; init; }
}

/// <summary>A listed person: the first name is primary, the rest are aliases.</summary>
public sealed record ListedPerson
{
    public IReadOnlyList<string> Names { get; init; } = [];
    public string DateOfBirth { get; init; } = "";
    public string Nationality { get; init; } = "";
    public Sex Sex { get; init; }
}

/// <summary>A travel document, listed or presented.</summary>
public sealed record DocumentRef
{
    public string Number { get; init; } = "";
    public string IssuingCountry { get; init; } = "";
    public string Type { get; init; } = "";
    public string ExpiryDate { get; init; } = "";
}
