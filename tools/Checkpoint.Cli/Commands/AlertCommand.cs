using Checkpoint.Cli.Output;
using Checkpoint.V1;

namespace Checkpoint.Cli.Commands;

/// <summary>checkpoint alert get ALERT_ID: one alert as JSON.</summary>
internal static class AlertCommand
{
    private const string Name = "alert";

    public static async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        if (args.FirstOrDefault() != "get")
        {
            throw new UsageException(Name, args.Count == 0 ? "give a subcommand: get" : $"unknown subcommand '{args[0]}' (expected get)");
        }

        var id = ArgReader.SinglePositional(Name, [.. args.Skip(1)], "ALERT_ID");
        using var channel = context.CreateChannel();
        var client = new AlertService.AlertServiceClient(channel);
        var alert = await client.GetAlertAsync(new GetAlertRequest { AlertId = id }, deadline: CliContext.UnaryDeadline);
        context.Out.WriteLine(Display.Json(alert));
        return ExitCodes.Success;
    }
}
