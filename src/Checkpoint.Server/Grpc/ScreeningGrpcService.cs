using Checkpoint.Server.Mapping;
using Checkpoint.Server.Screening;
using Checkpoint.Server.Validation;
using Checkpoint.V1;
using Grpc.Core;

namespace Checkpoint.Server.Grpc;

/// <summary>checkpoint.v1.ScreeningService: validates, maps and runs <see cref="TravellerScreening"/>.</summary>
public sealed class ScreeningGrpcService(TravellerScreening screening) : ScreeningService.ScreeningServiceBase
{
    public override async Task<ScreeningResult> ScreenTraveller(ScreenTravellerRequest request, ServerCallContext context)
    {
        var query = ProtoMapping.ToDomain(request);
        ScreeningRequestValidator.Validate(query, request.Traveller is not null);
        var record = await screening.ScreenAsync(query, context.CancellationToken);
        return ProtoMapping.ToProto(record);
    }
}
