using Checkpoint.Core.Checkpoints;
using Checkpoint.Core.Common;
using Checkpoint.Redis;
using Checkpoint.Server.Checkpoints;
using Checkpoint.Server.Validation;
using Checkpoint.V1;
using Grpc.Core;

namespace Checkpoint.Server.Grpc;

/// <summary>checkpoint.v1.CheckpointService: checkpoints and their regions.</summary>
public sealed class CheckpointGrpcService(CheckpointStore store, CheckpointDirectory directory) : CheckpointService.CheckpointServiceBase
{
    public override async Task<CheckpointInfo> UpsertCheckpoint(UpsertCheckpointRequest request, ServerCallContext context)
    {
        if (request.Checkpoint is null)
        {
            RequestViolations.Throw("checkpoint", "is required");
        }

        var site = new CheckpointSite(request.Checkpoint.Id.Trim(), request.Checkpoint.Name.Trim(), request.Checkpoint.Region.Trim(),
            CountryCodes.Normalize(request.Checkpoint.Country));
        var violations = new RequestViolations();
        violations.AddAll(site.Check(), "checkpoint");
        violations.ThrowIfAny();
        await store.UpsertAsync(site).WaitAsync(context.CancellationToken);
        await directory.ReloadAsync();
        return ToProto(site);
    }

    public override async Task<CheckpointInfo> GetCheckpoint(GetCheckpointRequest request, ServerCallContext context)
    {
        var id = ValidateId(request.CheckpointId);
        var site = (await store.ListAsync().WaitAsync(context.CancellationToken)).FirstOrDefault(s => s.Id == id);
        return site is null ? throw NotFound(id) : ToProto(site);
    }

    public override async Task<ListCheckpointsResponse> ListCheckpoints(ListCheckpointsRequest request, ServerCallContext context)
    {
        var region = request.Region.Trim();
        if (region.Length > 0 && !CheckpointSite.IsValidRegion(region))
        {
            RequestViolations.Throw("region", "must be 1-64 characters from a-z 0-9 . _ -");
        }

        var response = new ListCheckpointsResponse();
        response.Checkpoints.AddRange((await store.ListAsync().WaitAsync(context.CancellationToken))
            .Where(s => region.Length == 0 || s.Region == region).Select(ToProto));
        return response;
    }

    public override async Task<DeleteCheckpointResponse> DeleteCheckpoint(DeleteCheckpointRequest request, ServerCallContext context)
    {
        var id = ValidateId(request.CheckpointId);
        if (!await store.DeleteAsync(id).WaitAsync(context.CancellationToken))
        {
            throw NotFound(id);
        }

        await directory.ReloadAsync();
        return new DeleteCheckpointResponse();
    }

    private static string ValidateId(string checkpointId)
    {
        var id = checkpointId.Trim();
        if (!CheckpointSite.IsValidId(id))
        {
            RequestViolations.Throw("checkpoint_id", $"must be 1-{CheckpointSite.MaxIdLength} characters from A-Z a-z 0-9 . _ : -");
        }

        return id;
    }

    private static RpcException NotFound(string id) => new(new Status(StatusCode.NotFound, $"No checkpoint with id '{id}'."));

    private static CheckpointInfo ToProto(CheckpointSite site) =>
        new() { Id = site.Id, Name = site.Name, Region = site.Region, Country = site.Country };
}
