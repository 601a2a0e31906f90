using Checkpoint.Core.Common;
using Checkpoint.Core.Watchlist;

namespace Checkpoint.Core.Screening;

/// <summary>What a checkpoint terminal sends to be screened.</summary>
public sealed record ScreeningQuery
{
    public required string CheckpointId { get; init; }
    public TravellerDetails Traveller { get; init; } = new();
    public DocumentRef Document { get; init; } = new();
    public ItineraryDetails Itinerary { get; init; } = new();

    /// <summary>Check digits of the presented MRZ that did not match (MrzReading names), if an MRZ was read.</summary>
    public IReadOnlyList<string> MrzCheckDigitFailures { get; init; } = [];
}

/// <summary>The traveller as seen at the checkpoint.</summary>
public sealed record TravellerDetails
{
    public string Name { get; init; } = "";
    public string DateOfBirth { get; init; } = "";
    public string Nationality { get; init; } = "";
    public Sex Sex { get; init; }
}

/// <summary>A journey; places are "CCC" or "CCC/Area".</summary>
public sealed record ItineraryDetails
{
    public string Origin { get; init; } = "";
    public string Destination { get; init; } = "";
    public IReadOnlyList<string> Via { get; init; } = [];
}
