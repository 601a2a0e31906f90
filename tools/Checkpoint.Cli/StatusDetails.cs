using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Checkpoint.Cli;

/// <summary>
/// Reads the google.rpc.BadRequest field violations the server attaches to INVALID_ARGUMENT. Decoded by field
/// number with Google.Protobuf alone, because the generated google.rpc types need a package we do not reference.
/// </summary>
internal static class StatusDetails
{
    private const string TrailerKey = "grpc-status-details-bin";
    private const string BadRequestTypeUrl = "type.googleapis.com/google.rpc.BadRequest";

    // Field numbers from google/rpc/status.proto and google/rpc/error_details.proto.
    private const int StatusDetailsField = 3;
    private const int BadRequestViolationsField = 1;
    private const int ViolationFieldField = 1;
    private const int ViolationDescriptionField = 2;

    /// <summary>Each violated field with why; empty when the status carries none or they cannot be read.</summary>
    public static IReadOnlyList<(string Field, string Description)> FieldViolations(Metadata trailers)
    {
        var status = trailers.GetValueBytes(TrailerKey);
        return status is null ? [] : FieldViolations(ByteString.CopyFrom(status));
    }

    /// <summary>As above, from a serialized google.rpc.Status.</summary>
    public static IReadOnlyList<(string Field, string Description)> FieldViolations(ByteString status)
    {
        try
        {
            return [.. LengthDelimited(status)
                .Where(f => f.Number == StatusDetailsField)
                .Select(f => Any.Parser.ParseFrom(f.Value))
                .Where(any => any.TypeUrl == BadRequestTypeUrl)
                .SelectMany(any => LengthDelimited(any.Value).Where(f => f.Number == BadRequestViolationsField))
                .Select(f => ReadViolation(f.Value))];
        }
        catch (InvalidProtocolBufferException)
        {
            // The details only add to the status message; a malformed trailer must not hide the error itself.
            return [];
        }
    }

    private static (string Field, string Description) ReadViolation(ByteString violation)
    {
        var fields = LengthDelimited(violation);
        string Text(int number) => fields.LastOrDefault(f => f.Number == number).Value?.ToStringUtf8() ?? "";
        return (Text(ViolationFieldField), Text(ViolationDescriptionField));
    }

    private static List<(int Number, ByteString Value)> LengthDelimited(ByteString message)
    {
        var fields = new List<(int, ByteString)>();
        var input = message.CreateCodedInput();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
            {
                fields.Add((WireFormat.GetTagFieldNumber(tag), input.ReadBytes()));
            }
            else
            {
                input.SkipLastField();
            }
        }

        return fields;
    }
}
