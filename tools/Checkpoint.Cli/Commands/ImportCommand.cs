using Checkpoint.Cli.Import;
using Checkpoint.Cli.Output;
using Checkpoint.V1;
using Grpc.Core;

namespace Checkpoint.Cli.Commands;

/// <summary>checkpoint import FILE: streams a CSV or JSON-lines file to WatchlistService.ImportEntries.</summary>
internal static class ImportCommand
{
    private const string Name = "import";
    private const int RejectionsShown = 20;

    /// <summary>What to import.</summary>
    internal sealed record Options(string Path, ImportFormat Format);

    internal static Options Parse(IReadOnlyList<string> args)
    {
        var reader = new ArgReader(Name, args);
        string? path = null;
        string? formatName = null;
        while (reader.TryNext(out var token))
        {
            if (token == "--format")
            {
                formatName = reader.Value(token);
            }
            else if (path is null && !ArgReader.IsOption(token))
            {
                path = token;
            }
            else
            {
                throw reader.Unexpected(token);
            }
        }

        if (path is null)
        {
            throw new UsageException(Name, "FILE is required");
        }

        var format = formatName is null
            ? ImportFormats.FromPath(path) ?? throw new UsageException(Name, $"cannot tell the format of '{path}' from its extension; give --format csv or --format jsonl")
            : ImportFormats.FromName(formatName) ?? throw new UsageException(Name, $"option --format must be csv or jsonl, got '{formatName}'");
        return new Options(path, format);
    }

    public static async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        var options = Parse(args);
        if (!File.Exists(options.Path))
        {
            throw new CliException($"cannot read {options.Path}: no such file");
        }

        // A first pass for the progress total; it also finds a bad header before anything is sent.
        int total;
        try
        {
            total = ImportFile.Read(options.Path, options.Format).Count(r => r.Entry is not null);
        }
        catch (ImportFileException ex)
        {
            throw new CliException($"{options.Path}: {ex.Message}");
        }

        using var channel = context.CreateChannel();
        var client = new WatchlistService.WatchlistServiceClient(channel);
        var progress = new ImportProgress(context.Error, total, context.ErrorIsTerminal);
        var sentLines = new List<int>(total);
        var fileRejections = new List<ImportRejection>();
        using var call = client.ImportEntries();
        try
        {
            foreach (var record in ImportFile.Read(options.Path, options.Format))
            {
                if (record.Entry is null)
                {
                    fileRejections.Add(record.Rejection!);
                    continue;
                }

                await call.RequestStream.WriteAsync(record.Entry);
                sentLines.Add(record.Line);
                progress.Report(sentLines.Count);
            }

            await call.RequestStream.CompleteAsync();
        }
        catch (Exception ex) when (ex is RpcException or InvalidOperationException)
        {
            // The call ended early (the server failed it, or the connection went): its status, awaited below, says why.
        }

        progress.Finish();
        var response = await call.ResponseAsync;
        foreach (var line in Display.ImportSummary(response, fileRejections, ServerRejections(response, sentLines), RejectionsShown))
        {
            context.Out.WriteLine(line);
        }

        return response.RejectedCount == 0 && fileRejections.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>The server's rejections with file line numbers: its index counts the entries sent, from 0.</summary>
    internal static List<ImportRejection> ServerRejections(ImportEntriesResponse response, IReadOnlyList<int> sentLines) =>
        [.. response.Rejected.Select(r => new ImportRejection(
            r.Index >= 0 && r.Index < sentLines.Count ? sentLines[r.Index] : 0, r.EntryId, r.Field, r.Reason))];
}
