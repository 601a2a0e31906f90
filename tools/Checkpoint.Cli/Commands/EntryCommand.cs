using Checkpoint.Cli.Output;
using Checkpoint.V1;

namespace Checkpoint.Cli.Commands;

/// <summary>checkpoint entry get|delete|list: one watchlist entry as JSON, its deletion, or every entry a line each.</summary>
internal static class EntryCommand
{
    private const string Name = "entry";

    /// <summary>Which entries "entry list" pages through.</summary>
    internal sealed record ListOptions(string List, int PageSize);

    public static Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        var rest = args.Skip(1).ToList();
        return args.FirstOrDefault() switch
        {
            "get" => GetAsync(context, ArgReader.SinglePositional(Name, rest, "ID")),
            "delete" => DeleteAsync(context, ArgReader.SinglePositional(Name, rest, "ID")),
            "list" => ListAsync(context, ParseList(rest)),
            null => throw new UsageException(Name, "give a subcommand: get, delete or list"),
            var other => throw new UsageException(Name, $"unknown subcommand '{other}' (expected get, delete or list)"),
        };
    }

    internal static ListOptions ParseList(IReadOnlyList<string> args)
    {
        var options = new ListOptions("", 0);
        var reader = new ArgReader(Name, args);
        while (reader.TryNext(out var token))
        {
            options = token switch
            {
                "--list" => options with { List = reader.Value(token) },
                "--page-size" => options with { PageSize = reader.IntValue(token, 1, 1000) },
                _ => throw reader.Unexpected(token),
            };
        }

        return options;
    }

    private static async Task<int> GetAsync(CliContext context, string id)
    {
        using var channel = context.CreateChannel();
        var client = new WatchlistService.WatchlistServiceClient(channel);
        var entry = await client.GetEntryAsync(new GetEntryRequest { EntryId = id }, deadline: CliContext.UnaryDeadline);
        context.Out.WriteLine(Display.Json(entry));
        return ExitCodes.Success;
    }

    private static async Task<int> DeleteAsync(CliContext context, string id)
    {
        using var channel = context.CreateChannel();
        var client = new WatchlistService.WatchlistServiceClient(channel);
        var response = await client.DeleteEntryAsync(new DeleteEntryRequest { EntryId = id }, deadline: CliContext.UnaryDeadline);
        context.Out.WriteLine(Display.Deleted(id, response));
        return ExitCodes.Success;
    }

    private static async Task<int> ListAsync(CliContext context, ListOptions options)
    {
        using var channel = context.CreateChannel();
        var client = new WatchlistService.WatchlistServiceClient(channel);
        var request = new ListEntriesRequest { List = options.List, PageSize = options.PageSize };
        do
        {
            var page = await client.ListEntriesAsync(request, deadline: CliContext.UnaryDeadline);
            foreach (var entry in page.Entries)
            {
                context.Out.WriteLine(Display.EntryLine(entry));
            }

            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        return ExitCodes.Success;
    }
}
