using Checkpoint.Cli.Output;
using Checkpoint.V1;
using Grpc.Core;

namespace Checkpoint.Cli.Commands;

/// <summary>
/// checkpoint alert get|ack|assign|escalate|resolve ALERT_ID: one alert as JSON, or one lifecycle change. A
/// change names the version it expects; without --version the current one is read first.
/// </summary>
internal static class AlertCommand
{
    private const string Name = "alert";

    /// <summary>A parsed lifecycle change: which, on what, by whom, expecting which version (0: read it first).</summary>
    internal sealed record Change(string Verb, string AlertId, string Actor, long Version)
    {
        public string Note { get; init; } = "";
        public string Assignee { get; init; } = "";
        public Severity Severity { get; init; }
        public ResolutionOutcome Outcome { get; init; }
        public int SuppressDays { get; init; }
    }

    public static async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        var verb = args.FirstOrDefault();
        using var channel = context.CreateChannel();
        var client = new AlertService.AlertServiceClient(channel);
        if (verb == "get")
        {
            var id = ArgReader.SinglePositional(Name, [.. args.Skip(1)], "ALERT_ID");
            context.Out.WriteLine(Display.Json(await client.GetAlertAsync(new GetAlertRequest { AlertId = id }, deadline: CliContext.UnaryDeadline)));
            return ExitCodes.Success;
        }

        var change = Parse(args, Environment.GetEnvironmentVariable("CHECKPOINT_ACTOR") ?? Environment.UserName);
        var version = change.Version > 0
            ? change.Version
            : (await client.GetAlertAsync(new GetAlertRequest { AlertId = change.AlertId }, deadline: CliContext.UnaryDeadline)).Version;
        try
        {
            var alert = await ApplyAsync(client, change with { Version = version });
            context.Out.WriteLine(Display.AlertState(alert));
            return ExitCodes.Success;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Aborted)
        {
            throw new CliException(StaleVersionMessage(change.AlertId, version, ex.Status.Detail));
        }
    }

    internal static Change Parse(IReadOnlyList<string> args, string defaultActor)
    {
        var verb = args.FirstOrDefault() ?? throw new UsageException(Name, "give a subcommand: get, ack, assign, escalate or resolve");
        if (verb is not ("ack" or "assign" or "escalate" or "resolve"))
        {
            throw new UsageException(Name, $"unknown subcommand '{verb}' (expected get, ack, assign, escalate or resolve)");
        }

        string? alertId = null;
        var change = new Change(verb, "", defaultActor, 0);
        var reader = new ArgReader(Name, [.. args.Skip(1)]);
        while (reader.TryNext(out var token))
        {
            change = token switch
            {
                "--as" => change with { Actor = reader.Value(token) },
                "--version" => change with { Version = reader.IntValue(token, 1, int.MaxValue) },
                "--note" or "--reason" => change with { Note = reader.Value(token) },
                "--to" when verb == "assign" => change with { Assignee = reader.Value(token) },
                "--severity" when verb == "escalate" => change with { Severity = reader.EnumValue<Severity>(token) },
                "--outcome" when verb == "resolve" => change with { Outcome = ParseOutcome(reader.Value(token)) },
                "--suppress-days" when verb == "resolve" => change with { SuppressDays = reader.IntValue(token, 1, 365) },
                _ when !ArgReader.IsOption(token) && alertId is null => change with { AlertId = alertId = token },
                _ => throw reader.Unexpected(token),
            };
        }

        if (alertId is null)
        {
            throw new UsageException(Name, $"alert {verb} needs an ALERT_ID");
        }

        var missing = verb switch
        {
            "assign" when change.Assignee.Length == 0 => "--to OFFICER",
            "escalate" when change.Severity == Severity.Unspecified => "--severity",
            "escalate" when change.Note.Length == 0 => "--reason TEXT",
            "resolve" when change.Outcome == ResolutionOutcome.Unspecified => "--outcome",
            _ => null,
        };
        return missing is null ? change : throw new UsageException(Name, $"alert {verb} needs {missing}");
    }

    internal static string StaleVersionMessage(string alertId, long expected, string detail)
    {
        // The server says "Alert X is at version M, not N: ...".
        var at = detail.IndexOf("at version ", StringComparison.Ordinal);
        var now = at < 0 ? "" : new string(detail[(at + 11)..].TakeWhile(char.IsDigit).ToArray());
        return $"the alert changed since version {expected}{(now.Length > 0 ? $" (now at version {now})" : "")}; "
            + $"check it with `checkpoint alert get {alertId}` and retry";
    }

    private static ResolutionOutcome ParseOutcome(string text) =>
        ProtoEnums.TryParse<ResolutionOutcome>(text.Replace('-', '_'), out var outcome) && outcome != ResolutionOutcome.Unspecified
            ? outcome
            : throw new UsageException(Name, $"option --outcome must be confirmed, false-positive or not-found, got '{text}'");

    private static async Task<Alert> ApplyAsync(AlertService.AlertServiceClient client, Change c) => c.Verb switch
    {
        "ack" => await client.AcknowledgeAlertAsync(new AcknowledgeAlertRequest { AlertId = c.AlertId, ExpectedVersion = c.Version, Actor = c.Actor, Note = c.Note },
            deadline: CliContext.UnaryDeadline),
        "assign" => await client.AssignAlertAsync(new AssignAlertRequest { AlertId = c.AlertId, ExpectedVersion = c.Version, Actor = c.Actor, Assignee = c.Assignee, Note = c.Note },
            deadline: CliContext.UnaryDeadline),
        "escalate" => await client.EscalateAlertAsync(new EscalateAlertRequest { AlertId = c.AlertId, ExpectedVersion = c.Version, Actor = c.Actor, Severity = c.Severity, Reason = c.Note },
            deadline: CliContext.UnaryDeadline),
        _ => await client.ResolveAlertAsync(new ResolveAlertRequest
        {
            AlertId = c.AlertId, ExpectedVersion = c.Version, Actor = c.Actor, Outcome = c.Outcome, Note = c.Note, SuppressDays = c.SuppressDays,
        }, deadline: CliContext.UnaryDeadline),
    };
}
