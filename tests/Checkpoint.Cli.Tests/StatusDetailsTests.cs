using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Checkpoint.Cli.Tests;

public class StatusDetailsTests
{
    [Fact]
    public void FieldViolations_BadRequestDetail_AreDecoded()
    {
        var badRequest = Message(
            (1, Message((1, Text("entries[2].person.date_of_birth")), (2, Text("must be YYYY, YYYY-MM or YYYY-MM-DD")))),
            (1, Message((1, Text("entries[3].list")), (2, Text("required")))));
        var status = StatusWith(new Any { TypeUrl = "type.googleapis.com/google.rpc.BadRequest", Value = badRequest });

        var violations = StatusDetails.FieldViolations(status);

        Assert.Equal(
            [("entries[2].person.date_of_birth", "must be YYYY, YYYY-MM or YYYY-MM-DD"), ("entries[3].list", "required")],
            violations);
    }

    [Fact]
    public void FieldViolations_OtherDetailType_AreIgnored()
    {
        var status = StatusWith(new Any { TypeUrl = "type.googleapis.com/google.rpc.RetryInfo", Value = Message((1, Text("x"))) });

        Assert.Empty(StatusDetails.FieldViolations(status));
    }

    [Fact]
    public void FieldViolations_Garbage_GivesNone()
    {
        Assert.Empty(StatusDetails.FieldViolations(ByteString.CopyFrom(0x1a, 0xff, 0x01)));
    }

    // google.rpc.Status { int32 code = 1; string message = 2; repeated Any details = 3; }
    private static ByteString StatusWith(Any detail)
    {
        using var buffer = new MemoryStream();
        var output = new CodedOutputStream(buffer);
        output.WriteTag(1, WireFormat.WireType.Varint);
        output.WriteInt32(3);
        output.WriteTag(2, WireFormat.WireType.LengthDelimited);
        output.WriteString("bad request");
        output.WriteTag(3, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(detail.ToByteString());
        output.Flush();
        return ByteString.CopyFrom(buffer.ToArray());
    }

    private static ByteString Text(string value) => ByteString.CopyFromUtf8(value);

    private static ByteString Message(params (int Field, ByteString Value)[] fields)
    {
        using var buffer = new MemoryStream();
        var output = new CodedOutputStream(buffer);
        foreach (var (field, value) in fields)
        {
            output.WriteTag(field, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(value);
        }

        output.Flush();
        return ByteString.CopyFrom(buffer.ToArray());
    }
}
