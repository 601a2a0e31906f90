using Checkpoint.Server;
using Serilog;

// Two-stage Serilog: this logger covers start-up until the configured one takes over.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var app = CheckpointApp.Build(args);
    await app.RunAsync();
    return 0;
}
catch (Exception ex)
{
    Log.Fatal(ex, "Checkpoint server stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
