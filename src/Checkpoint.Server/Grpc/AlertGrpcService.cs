using Checkpoint.Redis;
using Checkpoint.Server.Alerts;
using Checkpoint.Server.Checkpoints;
using Checkpoint.Server.Mapping;
using Checkpoint.Server.Validation;
using Checkpoint.V1;
using Grpc.Core;
using AlertId = Checkpoint.Core.Alerts.AlertId;
using AlertLifecycle = Checkpoint.Core.Alerts.AlertLifecycle;

namespace Checkpoint.Server.Grpc;

/// <summary>checkpoint.v1.AlertService: live streams through <see cref="AlertHub"/>, look-ups from <see cref="AlertStore"/>.</summary>
public sealed class AlertGrpcService(
    AlertHub hub, AlertStore store, AlertDesk desk, AlertLister lister, CheckpointDirectory directory, SuppressionDesk suppressionDesk,
    SuppressionStore suppressions, TimeProvider clock, IHostApplicationLifetime lifetime)
    : AlertService.AlertServiceBase
{
    /// <summary>Response header of Subscribe: an alert id to resume after that loses nothing.</summary>
    public const string StreamPositionHeader = "checkpoint-stream-position";

    public override async Task Subscribe(SubscribeAlertsRequest request, IServerStreamWriter<Alert> responseStream, ServerCallContext context)
    {
        var (filter, resumeAfter) = AlertRequestValidator.Validate(request);
        filter = filter with { RegionOf = directory.RegionOf };

        // End the stream on shutdown too, so stopping a server is not held up by its subscribers.
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, lifetime.ApplicationStopping);
        using var subscription = await hub.SubscribeAsync(filter, cancellation.Token);

        // Headers tell the client the subscription is registered: anything raised from now on reaches it. They
        // carry the stream position too, so a client that is dropped before its first alert can still resume.
        var position = resumeAfter ?? await store.LatestIdAsync().WaitAsync(cancellation.Token);
        await context.WriteResponseHeadersAsync(new Metadata { { StreamPositionHeader, position.ToString() } });
        var lastSent = position.ToString();
        var heartbeat = request.HeartbeatSeconds > 0 ? TimeSpan.FromSeconds(request.HeartbeatSeconds) : Timeout.InfiniteTimeSpan;
        var events = hub.ReadAsync(subscription, resumeAfter, cancellation.Token).GetAsyncEnumerator(cancellation.Token);
        var next = Task.FromResult(false);
        try
        {
            next = events.MoveNextAsync().AsTask();
            while (true)
            {
                // One writer only: heartbeats are written here, between events, never beside them.
                if (await Task.WhenAny(next, Task.Delay(heartbeat, cancellation.Token)) != next)
                {
                    cancellation.Token.ThrowIfCancellationRequested();
                    await responseStream.WriteAsync(Heartbeat(lastSent), cancellation.Token);
                    continue;
                }

                if (!await next)
                {
                    break;
                }

                await responseStream.WriteAsync(ProtoMapping.ToProto(events.Current), cancellation.Token);
                lastSent = events.Current.EventId;
                next = events.MoveNextAsync().AsTask();
            }
        }
        catch (SubscriberTooSlowException ex)
        {
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"{ex.Message} Subscribe again with resume_after=\"{lastSent}\" to continue without a gap."));
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested)
        {
            throw new RpcException(new Status(StatusCode.Unavailable,
                $"The server is shutting down. Subscribe again (to any server) with resume_after=\"{lastSent}\"."));
        }
        finally
        {
            // An async iterator cannot be disposed while a MoveNext is pending: stop it, let it finish, then dispose.
            await cancellation.CancelAsync();
            await next.ContinueWith(_ => { }, TaskScheduler.Default);
            await events.DisposeAsync();
        }
    }

    private Alert Heartbeat(string position) => new()
    {
        Event = AlertEventKind.Heartbeat,
        EventId = position,
        RaisedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(clock.GetUtcNow()),
    };

    public override async Task<Alert> GetAlert(GetAlertRequest request, ServerCallContext context)
    {
        var id = AlertRequestValidator.ValidateAlertId(request.AlertId);
        var alert = await store.GetAsync(id).WaitAsync(context.CancellationToken);
        return alert is null
            ? throw new RpcException(new Status(StatusCode.NotFound, $"No alert with id '{id}'."))
            : ProtoMapping.ToProto(alert);
    }

    public override async Task<ListAlertsResponse> ListAlerts(ListAlertsRequest request, ServerCallContext context)
    {
        var (query, pageSize, after) = AlertRequestValidator.Validate(request);
        query = query with { RegionOf = directory.RegionOf };
        var page = await lister.ListAsync(query, pageSize, after, context.CancellationToken);
        var response = new ListAlertsResponse
        {
            NextPageToken = page.ContinueAfter is { } next ? AlertRequestValidator.EncodePageToken(next) : "",
        };
        response.Alerts.AddRange(page.Alerts.Select(ProtoMapping.ToProto));
        return response;
    }

    public override Task<Alert> AcknowledgeAlert(AcknowledgeAlertRequest request, ServerCallContext context)
    {
        var violations = new RequestViolations();
        var id = AlertRequestValidator.ValidateChange(request.AlertId, request.ExpectedVersion, request.Actor, request.Note, violations);
        violations.ThrowIfAny();
        return ChangeAsync(id, request.ExpectedVersion, context,
            (alert, at) => AlertLifecycle.Acknowledge(alert, request.Actor.Trim(), request.Note, at));
    }

    public override Task<Alert> AssignAlert(AssignAlertRequest request, ServerCallContext context)
    {
        var violations = new RequestViolations();
        var id = AlertRequestValidator.ValidateChange(request.AlertId, request.ExpectedVersion, request.Actor, request.Note, violations);
        AlertRequestValidator.CheckName(request.Assignee, "assignee", violations);
        violations.ThrowIfAny();
        return ChangeAsync(id, request.ExpectedVersion, context,
            (alert, at) => AlertLifecycle.Assign(alert, request.Actor.Trim(), request.Assignee.Trim(), request.Note, at));
    }

    public override Task<Alert> EscalateAlert(EscalateAlertRequest request, ServerCallContext context)
    {
        var violations = new RequestViolations();
        var id = AlertRequestValidator.ValidateChange(request.AlertId, request.ExpectedVersion, request.Actor, request.Reason, violations,
            "reason", noteRequired: true);
        var severity = (Core.Common.Severity)request.Severity;
        if (!Enum.IsDefined(severity) || severity == Core.Common.Severity.Unspecified)
        {
            violations.Add("severity", "must be LOW, MEDIUM, HIGH or CRITICAL");
        }

        violations.ThrowIfAny();
        return ChangeAsync(id, request.ExpectedVersion, context,
            (alert, at) => AlertLifecycle.Escalate(alert, request.Actor.Trim(), severity, request.Reason, at));
    }

    public const int MaxSuppressDays = 365;

    public override async Task<Alert> ResolveAlert(ResolveAlertRequest request, ServerCallContext context)
    {
        var violations = new RequestViolations();
        var id = AlertRequestValidator.ValidateChange(request.AlertId, request.ExpectedVersion, request.Actor, request.Note, violations);
        var outcome = (Core.Alerts.ResolutionOutcome)request.Outcome;
        if (!Enum.IsDefined(outcome) || outcome == Core.Alerts.ResolutionOutcome.Unspecified)
        {
            violations.Add("outcome", "must be CONFIRMED, FALSE_POSITIVE or NOT_FOUND");
        }

        if (request.SuppressDays is < 0 or > MaxSuppressDays)
        {
            violations.Add("suppress_days", $"must be 0 (none) to {MaxSuppressDays}");
        }
        else if (request.SuppressDays > 0 && outcome != Core.Alerts.ResolutionOutcome.FalsePositive)
        {
            violations.Add("suppress_days", "applies only with outcome FALSE_POSITIVE");
        }

        violations.ThrowIfAny();
        var changed = await desk.ChangeAsync(id, request.ExpectedVersion,
            (alert, at) => AlertLifecycle.Resolve(alert, request.Actor.Trim(), outcome, request.Note, at), context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No alert with id '{id}'."));
        if (request.SuppressDays > 0)
        {
            await suppressionDesk.SuppressAsync(changed, request.Actor.Trim(), request.Note, TimeSpan.FromDays(request.SuppressDays));
        }

        return ProtoMapping.ToProto(changed);
    }

    public override async Task<ListSuppressionsResponse> ListSuppressions(ListSuppressionsRequest request, ServerCallContext context)
    {
        var entryId = request.EntryId.Trim();
        if (entryId.Length > 0)
        {
            WatchlistRequestValidator.ValidateEntryId(entryId);
        }

        var response = new ListSuppressionsResponse();
        response.Suppressions.AddRange((await suppressions.ListAsync(entryId.Length > 0 ? entryId : null).WaitAsync(context.CancellationToken))
            .Select(ProtoMapping.ToProto));
        return response;
    }

    public override async Task<RevokeSuppressionResponse> RevokeSuppression(RevokeSuppressionRequest request, ServerCallContext context)
    {
        var violations = new RequestViolations();
        if (string.IsNullOrWhiteSpace(request.SuppressionId) || request.SuppressionId.Length > 64)
        {
            violations.Add("suppression_id", "is required");
        }

        AlertRequestValidator.CheckName(request.Actor, "actor", violations);
        violations.ThrowIfAny();
        if (!await suppressions.RevokeAsync(request.SuppressionId.Trim()).WaitAsync(context.CancellationToken))
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"No live suppression with id '{request.SuppressionId}'."));
        }

        return new RevokeSuppressionResponse();
    }

    private async Task<Alert> ChangeAsync(AlertId id, long expectedVersion, ServerCallContext context,
        Func<Core.Alerts.Alert, DateTimeOffset, Core.Alerts.Alert> change)
    {
        var changed = await desk.ChangeAsync(id, expectedVersion, change, context.CancellationToken);
        return changed is null
            ? throw new RpcException(new Status(StatusCode.NotFound, $"No alert with id '{id}'."))
            : ProtoMapping.ToProto(changed);
    }
}
