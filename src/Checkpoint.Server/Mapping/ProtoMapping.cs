using Checkpoint.Core.Common;
using Checkpoint.Core.Documents;
using Checkpoint.Core.Screening;
using Google.Protobuf.WellKnownTypes;
using Domain = Checkpoint.Core;
using V1 = Checkpoint.V1;

namespace Checkpoint.Server.Mapping;

/// <summary>
/// Translation between the public contract (checkpoint.v1) and the domain. Enum numbers are the same on
/// both sides by design, so enums map by value; an unknown number from a newer client stays unknown and is
/// refused by validation. Country codes are upper-cased here so " mmr" is accepted as "MMR".
/// </summary>
public static class ProtoMapping
{
    public static Domain.Watchlist.WatchlistEntry ToDomain(V1.WatchlistEntry entry) => new()
    {
        Id = entry.Id.Trim(),
        List = entry.List.Trim(),
        Kind = (EntryKind)entry.Kind,
        Category = (Category)entry.Category,
        Severity = (Severity)entry.Severity,
        Action = entry.Action,
        Person = entry.Person is null ? null : new Domain.Watchlist.ListedPerson
        {
            Names = entry.Person.Names.ToArray(),
            DateOfBirth = entry.Person.DateOfBirth.Trim(),
            Nationality = CountryCodes.Normalize(entry.Person.Nationality),
            Sex = (Sex)entry.Person.Sex,
        },
        Document = entry.Document is null ? null : ToDomain(entry.Document),
    };

    public static V1.WatchlistEntry ToProto(Domain.Watchlist.WatchlistEntry entry)
    {
        var proto = new V1.WatchlistEntry
        {
            Id = entry.Id,
            List = entry.List,
            Kind = (V1.EntryKind)entry.Kind,
            Category = (V1.Category)entry.Category,
            Severity = (V1.Severity)entry.Severity,
            Action = entry.Action,
            Document = entry.Document is null ? null : ToProto(entry.Document),
        };
        if (entry.Person is { } person)
        {
            proto.Person = new V1.Person
            {
                DateOfBirth = person.DateOfBirth,
                Nationality = person.Nationality,
                Sex = (V1.Sex)person.Sex,
            };
            proto.Person.Names.AddRange(person.Names);
        }

        return proto;
    }

    /// <summary>
    /// The screening query; with an MRZ reading, each traveller and document field the request leaves empty
    /// is taken from the MRZ (explicit fields win), and the reading's failing check digits come along.
    /// </summary>
    public static ScreeningQuery ToDomain(V1.ScreenTravellerRequest request, MrzReading? mrz)
    {
        var query = ToDomain(request);
        if (mrz is null)
        {
            return query;
        }

        static string Or(string given, string fromMrz) => given.Length > 0 ? given : fromMrz;
        var sexFromMrz = mrz.Sex switch { "M" => Sex.Male, "F" => Sex.Female, "X" => Sex.Other, _ => Sex.Unspecified };
        return query with
        {
            Traveller = query.Traveller with
            {
                Name = Or(query.Traveller.Name, DocumentFindings.NameFromMrz(mrz)),
                DateOfBirth = Or(query.Traveller.DateOfBirth, mrz.DateOfBirth),
                Nationality = Or(query.Traveller.Nationality, DocumentFindings.CountryFromMrz(mrz.Nationality)),
                Sex = query.Traveller.Sex != Sex.Unspecified ? query.Traveller.Sex : sexFromMrz,
            },
            Document = query.Document with
            {
                Number = Or(query.Document.Number, mrz.DocumentNumber),
                IssuingCountry = Or(query.Document.IssuingCountry, DocumentFindings.CountryFromMrz(mrz.IssuingState)),
                Type = Or(query.Document.Type, mrz.DocumentType),
                ExpiryDate = Or(query.Document.ExpiryDate, mrz.ExpiryDate),
            },
            MrzCheckDigitFailures = mrz.CheckDigitFailures,
        };
    }

    public static V1.MrzReading ToProto(MrzReading reading)
    {
        var proto = new V1.MrzReading
        {
            Format = reading.Format switch
            {
                MrzFormat.Td1 => V1.MrzFormat.Td1,
                MrzFormat.Td2 => V1.MrzFormat.Td2,
                MrzFormat.Td3 => V1.MrzFormat.Td3,
                MrzFormat.MrvA => V1.MrzFormat.MrvA,
                _ => V1.MrzFormat.MrvB,
            },
            DocumentType = reading.DocumentType,
            IssuingState = reading.IssuingState,
            Surname = reading.Surname,
            GivenNames = reading.GivenNames,
            DocumentNumber = reading.DocumentNumber,
            Nationality = reading.Nationality,
            DateOfBirth = reading.DateOfBirth,
            Sex = reading.Sex,
            ExpiryDate = reading.ExpiryDate,
            OptionalData = reading.OptionalData,
            OptionalData2 = reading.OptionalData2,
        };
        proto.CheckDigitFailures.AddRange(reading.CheckDigitFailures);
        return proto;
    }

    private static ScreeningQuery ToDomain(V1.ScreenTravellerRequest request) => new()
    {
        CheckpointId = request.CheckpointId.Trim(),
        Traveller = request.Traveller is null ? new() : new TravellerDetails
        {
            Name = request.Traveller.Name,
            DateOfBirth = request.Traveller.DateOfBirth.Trim(),
            Nationality = CountryCodes.Normalize(request.Traveller.Nationality),
            Sex = (Sex)request.Traveller.Sex,
        },
        Document = request.Document is null ? new() : ToDomain(request.Document),
        Itinerary = request.Itinerary is null ? new() : new ItineraryDetails
        {
            Origin = request.Itinerary.Origin.Trim(),
            Destination = request.Itinerary.Destination.Trim(),
            Via = request.Itinerary.Via.Select(v => v.Trim()).ToArray(),
        },
    };

    public static V1.ScreeningResult ToProto(Server.Screening.ScreeningRecord record)
    {
        var result = new V1.ScreeningResult
        {
            ScreeningId = record.ScreeningId,
            Decision = (V1.Decision)record.Outcome.Decision,
            AlertId = record.Alert?.AlertId ?? "",
        };
        result.Hits.AddRange(record.Outcome.Hits.Select(ToProto));
        result.DocumentFindings.AddRange(record.Outcome.Findings.Select(ToProto));
        return result;
    }

    public static V1.Alert ToProto(Domain.Alerts.Alert alert)
    {
        var proto = new V1.Alert
        {
            AlertId = alert.AlertId,
            CheckpointId = alert.CheckpointId,
            RaisedAt = Timestamp.FromDateTimeOffset(alert.RaisedAt),
            Severity = (V1.Severity)alert.Severity,
            Decision = (V1.Decision)alert.Decision,
            ScreeningId = alert.ScreeningId,
            Traveller = new V1.Traveller
            {
                Name = alert.Traveller.Name,
                DateOfBirth = alert.Traveller.DateOfBirth,
                Nationality = alert.Traveller.Nationality,
                Sex = (V1.Sex)alert.Traveller.Sex,
            },
            Document = ToProto(alert.Document),
            Itinerary = new V1.Itinerary { Origin = alert.Itinerary.Origin, Destination = alert.Itinerary.Destination },
        };
        proto.Retroactive = alert.Retroactive;
        proto.ScreenedAt = alert.ScreenedAt is { } screenedAt ? Timestamp.FromDateTimeOffset(screenedAt) : null;
        proto.State = (V1.AlertState)alert.State;
        proto.Version = alert.Version;
        proto.Event = (V1.AlertEventKind)alert.Event;
        proto.EventId = alert.EventId;
        proto.AssignedTo = alert.AssignedTo;
        proto.Outcome = (V1.ResolutionOutcome)alert.Outcome;
        proto.ResolutionNote = alert.ResolutionNote;
        proto.Itinerary.Via.AddRange(alert.Itinerary.Via);
        proto.Hits.AddRange(alert.Hits.Select(ToProto));
        proto.DocumentFindings.AddRange(alert.Findings.Select(ToProto));
        proto.History.AddRange(alert.History.Select(c => new V1.AlertChange
        {
            Kind = (V1.AlertEventKind)c.Kind,
            Actor = c.Actor,
            At = Timestamp.FromDateTimeOffset(c.At),
            Version = c.Version,
            Note = c.Note,
            AssignedTo = c.AssignedTo,
            Severity = (V1.Severity)c.Severity,
            Outcome = (V1.ResolutionOutcome)c.Outcome,
        }));
        return proto;
    }

    public static V1.Suppression ToProto(Core.Suppressions.Suppression s) => new()
    {
        SuppressionId = s.Id,
        EntryId = s.EntryId,
        Traveller = s.Traveller,
        CreatedBy = s.CreatedBy,
        Reason = s.Reason,
        CreatedAt = Timestamp.FromDateTimeOffset(s.CreatedAt),
        ExpiresAt = Timestamp.FromDateTimeOffset(s.ExpiresAt),
        AlertId = s.AlertId,
    };

    private static V1.DocumentFinding ToProto(DocumentFinding finding) =>
        new() { Code = finding.Code, Description = finding.Description };

    private static V1.Hit ToProto(ScreeningHit hit)
    {
        var proto = new V1.Hit
        {
            EntryId = hit.EntryId,
            List = hit.List,
            Category = (V1.Category)hit.Category,
            Severity = (V1.Severity)hit.Severity,
            Score = hit.Score,
            Action = hit.Action,
            Decision = (V1.Decision)hit.Decision,
        };
        proto.Reasons.AddRange(hit.Reasons);
        proto.SuppressedBy = hit.SuppressedBy is null ? null : ToProto(hit.SuppressedBy);
        return proto;
    }

    private static Domain.Watchlist.DocumentRef ToDomain(V1.TravelDocument document) => new()
    {
        Number = document.Number.Trim(),
        IssuingCountry = CountryCodes.Normalize(document.IssuingCountry),
        Type = document.Type.Trim(),
        ExpiryDate = document.ExpiryDate.Trim(),
    };

    private static V1.TravelDocument ToProto(Domain.Watchlist.DocumentRef document) => new()
    {
        Number = document.Number,
        IssuingCountry = document.IssuingCountry,
        Type = document.Type,
        ExpiryDate = document.ExpiryDate,
    };
}
