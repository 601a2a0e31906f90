using Checkpoint.Cli;
using Checkpoint.Cli.Commands;

// The table of contents: global options, one command, and every failure turned into a message and an exit code.
Invocation? invocation = null;
try
{
    invocation = Invocation.Parse(args, Environment.GetEnvironmentVariable(Invocation.ServerVariable));
    var context = new CliContext(invocation.Server, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
    return invocation.Command switch
    {
        "health" => await HealthCommand.RunAsync(context, invocation.Arguments),
        "import" => await ImportCommand.RunAsync(context, invocation.Arguments),
        "screen" => await ScreenCommand.RunAsync(context, invocation.Arguments),
        "alerts" => await AlertsCommand.RunAsync(context, invocation.Arguments),
        "entry" => await EntryCommand.RunAsync(context, invocation.Arguments),
        "alert" => await AlertCommand.RunAsync(context, invocation.Arguments),
        var unknown => throw new UsageException(null, $"unknown command '{unknown}'"),
    };
}
catch (Exception ex) when (ErrorReport.Handles(ex))
{
    return ErrorReport.Write(ex, invocation?.Server.OriginalString, Console.Error);
}
