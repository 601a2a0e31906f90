using Checkpoint.Server.Infrastructure;

namespace Checkpoint.Server;

/// <summary>Builds the server; Program.cs runs it and the integration tests start it on a free port.</summary>
public static class CheckpointApp
{
    /// <summary>The default listen address when neither ASPNETCORE_URLS nor --urls names one.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        // Settings live beside the binaries, so the server finds them whatever directory it is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.AddCheckpointLogging();
        builder.AddCheckpointStore();
        builder.AddCheckpointServices();

        var app = builder.Build();
        app.MapCheckpointServices();
        return app;
    }
}
