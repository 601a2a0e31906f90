using Checkpoint.Core.Watchlist;
using Checkpoint.Redis;
using Checkpoint.Server.Infrastructure;
using Checkpoint.Server.Mapping;
using Checkpoint.Server.Validation;
using Checkpoint.V1;
using Grpc.Core;

namespace Checkpoint.Server.Grpc;

/// <summary>checkpoint.v1.WatchlistService: validates, maps and hands over to <see cref="WatchlistStore"/>.</summary>
public sealed class WatchlistGrpcService(WatchlistStore store, ILogger<WatchlistGrpcService> logger)
    : WatchlistService.WatchlistServiceBase
{
    private const int ImportBatchSize = 500;
    private const int MaxRejectionsListed = 10_000;

    public override async Task<UpsertEntriesResponse> UpsertEntries(UpsertEntriesRequest request, ServerCallContext context)
    {
        var entries = WatchlistRequestValidator.Validate(request);
        var version = await store.UpsertAsync([.. entries]).WaitAsync(context.CancellationToken);
        Log.WatchlistWritten(logger, "upsert", entries.Count, version);
        return new UpsertEntriesResponse { UpsertedCount = entries.Count, WatchlistVersion = version };
    }

    public override async Task<ImportEntriesResponse> ImportEntries(IAsyncStreamReader<V1.WatchlistEntry> requestStream, ServerCallContext context)
    {
        var response = new ImportEntriesResponse();
        var batch = new Dictionary<string, Core.Watchlist.WatchlistEntry>(StringComparer.Ordinal);
        var index = 0;
        await foreach (var proto in requestStream.ReadAllAsync(context.CancellationToken))
        {
            var entry = ProtoMapping.ToDomain(proto);
            var problems = WatchlistEntryRules.Check(entry);
            if (problems.Count > 0)
            {
                response.RejectedCount++;
                if (response.Rejected.Count < MaxRejectionsListed)
                {
                    response.Rejected.Add(new RejectedEntry
                    {
                        Index = index, EntryId = Truncate(proto.Id), Field = problems[0].Field,
                        Reason = string.Join("; ", problems.Select(p => $"{p.Field}: {p.Description}")),
                    });
                }
            }
            else
            {
                // A later line with the same id replaces the earlier one, as a second upsert would.
                batch[entry.Id] = entry;
                response.AcceptedCount++;
                if (batch.Count >= ImportBatchSize)
                {
                    response.WatchlistVersion = await FlushAsync(batch, response);
                }
            }

            index++;
        }

        if (batch.Count > 0)
        {
            response.WatchlistVersion = await FlushAsync(batch, response);
        }

        if (response.WatchlistVersion == 0)
        {
            response.WatchlistVersion = await store.GetVersionAsync();
        }

        return response;
    }

    public override async Task<V1.WatchlistEntry> GetEntry(GetEntryRequest request, ServerCallContext context)
    {
        var id = WatchlistRequestValidator.ValidateEntryId(request.EntryId);
        var entry = await store.GetAsync(id).WaitAsync(context.CancellationToken);
        return entry is null ? throw NotFound(id) : ProtoMapping.ToProto(entry);
    }

    public override async Task<DeleteEntryResponse> DeleteEntry(DeleteEntryRequest request, ServerCallContext context)
    {
        var id = WatchlistRequestValidator.ValidateEntryId(request.EntryId);
        var version = await store.DeleteAsync(id).WaitAsync(context.CancellationToken) ?? throw NotFound(id);
        Log.WatchlistWritten(logger, "delete", 1, version);
        return new DeleteEntryResponse { WatchlistVersion = version };
    }

    public override async Task<ListEntriesResponse> ListEntries(ListEntriesRequest request, ServerCallContext context)
    {
        var pageSize = WatchlistRequestValidator.Validate(request);
        var page = await store.ListAsync(request.List.Trim(), pageSize, request.PageToken).WaitAsync(context.CancellationToken);
        var response = new ListEntriesResponse { NextPageToken = page.NextPageToken };
        response.Entries.AddRange(page.Entries.Select(ProtoMapping.ToProto));
        return response;
    }

    private async Task<long> FlushAsync(Dictionary<string, Core.Watchlist.WatchlistEntry> batch, ImportEntriesResponse progress)
    {
        // Not cancellable once sent: a batch is stored whole or not at all by its script.
        var version = await store.UpsertAsync(batch.Values.ToList());
        Log.WatchlistWritten(logger, "import batch", batch.Count, version);
        batch.Clear();
        if (progress.AcceptedCount % 10_000 < ImportBatchSize)
        {
            Log.ImportProgress(logger, progress.AcceptedCount, progress.RejectedCount);
        }

        return version;
    }

    private static RpcException NotFound(string id) =>
        new(new Status(StatusCode.NotFound, $"No watchlist entry with id '{id}'."));

    private static string Truncate(string s) => s.Length <= 128 ? s : s[..128];
}
