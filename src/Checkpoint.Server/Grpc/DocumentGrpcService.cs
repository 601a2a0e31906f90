using Checkpoint.Server.Mapping;
using Checkpoint.Server.Validation;
using Checkpoint.V1;
using Grpc.Core;

namespace Checkpoint.Server.Grpc;

/// <summary>checkpoint.v1.DocumentService: reads machine-readable zones.</summary>
public sealed class DocumentGrpcService(TimeProvider clock) : DocumentService.DocumentServiceBase
{
    public override Task<MrzReading> ReadMrz(ReadMrzRequest request, ServerCallContext context)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var reading = MrzRequestReader.Read(request.Mrz, "mrz", today);
        if (reading is null)
        {
            RequestViolations.Throw("mrz", "is required: the MRZ lines separated by newlines");
        }

        return Task.FromResult(ProtoMapping.ToProto(reading));
    }
}
