using Checkpoint.Server.Mapping;
using Checkpoint.Server.Screening;
using Checkpoint.Server.Validation;
using Checkpoint.V1;
using Grpc.Core;

namespace Checkpoint.Server.Grpc;

/// <summary>checkpoint.v1.ScreeningService: validates, maps and runs <see cref="TravellerScreening"/>.</summary>
public sealed class ScreeningGrpcService(TravellerScreening screening, TimeProvider clock) : ScreeningService.ScreeningServiceBase
{
    public override async Task<ScreeningResult> ScreenTraveller(ScreenTravellerRequest request, ServerCallContext context)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var mrz = MrzRequestReader.Read(request.Document?.Mrz, "document.mrz", today);
        var query = ProtoMapping.ToDomain(request, mrz);
        ScreeningRequestValidator.Validate(query, request.Traveller is not null);
        var record = await screening.ScreenAsync(query, context.CancellationToken);
        return ProtoMapping.ToProto(record);
    }
}
