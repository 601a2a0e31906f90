using Checkpoint.Cli.Output;
using Checkpoint.V1;

namespace Checkpoint.Cli.Commands;

/// <summary>checkpoint screen: screens one traveller; the exit code tells scripts CLEAR (0), REVIEW (3) or HIT (4).</summary>
internal static class ScreenCommand
{
    private const string Name = "screen";

    /// <summary>The request the options describe; a <see cref="UsageException"/> when they do not make one.</summary>
    internal static ScreenTravellerRequest Parse(IReadOnlyList<string> args)
    {
        var traveller = new Traveller();
        var document = new TravelDocument();
        var itinerary = new Itinerary();
        var request = new ScreenTravellerRequest();
        var reader = new ArgReader(Name, args);
        while (reader.TryNext(out var token))
        {
            switch (token)
            {
                case "--checkpoint": request.CheckpointId = reader.Value(token); break;
                case "--name": traveller.Name = reader.Value(token); break;
                case "--dob": traveller.DateOfBirth = reader.Value(token); break;
                case "--nationality": traveller.Nationality = reader.Value(token); break;
                case "--sex": traveller.Sex = reader.EnumValue<Sex>(token); break;
                case "--doc": document.Number = reader.Value(token); break;
                case "--doc-country": document.IssuingCountry = reader.Value(token); break;
                case "--doc-type": document.Type = reader.Value(token); break;
                case "--expiry": document.ExpiryDate = reader.Value(token); break;
                case "--from": itinerary.Origin = reader.Value(token); break;
                case "--to": itinerary.Destination = reader.Value(token); break;
                case "--via":
                    itinerary.Via.AddRange(reader.Value(token).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                    break;
                default: throw reader.Unexpected(token);
            }
        }

        if (string.IsNullOrWhiteSpace(request.CheckpointId))
        {
            throw new UsageException(Name, "option --checkpoint is required");
        }

        if (string.IsNullOrWhiteSpace(traveller.Name) && string.IsNullOrWhiteSpace(document.Number))
        {
            throw new UsageException(Name, "give --name or --doc (or both)");
        }

        // Send only the parts given, so the server sees "no itinerary" rather than an empty one.
        request.Traveller = traveller.Equals(new Traveller()) ? null : traveller;
        request.Document = document.Equals(new TravelDocument()) ? null : document;
        request.Itinerary = itinerary.Equals(new Itinerary()) ? null : itinerary;
        return request;
    }

    public static async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        var request = Parse(args);
        using var channel = context.CreateChannel();
        var client = new ScreeningService.ScreeningServiceClient(channel);
        var result = await client.ScreenTravellerAsync(request, deadline: CliContext.UnaryDeadline);
        foreach (var line in Display.Screening(result))
        {
            context.Out.WriteLine(line);
        }

        return result.Decision switch
        {
            Decision.Clear => ExitCodes.Success,
            Decision.Review => ExitCodes.Review,
            Decision.Hit => ExitCodes.Hit,
            _ => throw new CliException($"the server returned no decision ({result.Decision})"),
        };
    }
}
