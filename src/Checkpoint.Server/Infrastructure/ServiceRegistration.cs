using Checkpoint.Core.Matching;
using Checkpoint.Core.Screening;
using Checkpoint.Redis;
using Checkpoint.Server.Alerts;
using Checkpoint.Server.Checkpoints;
using Checkpoint.Server.Grpc;
using Checkpoint.Server.LookBack;
using Checkpoint.Server.Screening;
using Checkpoint.Server.Watchlists;
using Grpc.HealthCheck;
using Microsoft.Extensions.Options;
using Serilog;

namespace Checkpoint.Server.Infrastructure;

/// <summary>The server's registrations, one method per concern, so Program.cs reads as a table of contents.</summary>
public static class ServiceRegistration
{
    public static void AddCheckpointLogging(this IHostApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());

    public static void AddCheckpointStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RedisStoreOptions>().BindConfiguration(RedisStoreOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Redis:ConnectionString is required")
            .Validate(o => !string.IsNullOrWhiteSpace(o.KeyPrefix), "Redis:KeyPrefix is required")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<RedisStoreOptions>>().Value);
        builder.Services.AddSingleton(sp => RedisConnection.Connect(sp.GetRequiredService<RedisStoreOptions>()));
        builder.Services.AddSingleton(sp => new RedisKeys(sp.GetRequiredService<RedisStoreOptions>().KeyPrefix));
        builder.Services.AddSingleton<WatchlistStore>();
        builder.Services.AddSingleton<AlertStore>();
        builder.Services.AddSingleton<CheckpointStore>();
        builder.Services.AddSingleton<ScreeningLog>();
        builder.Services.AddSingleton<SuppressionStore>();
    }

    public static void AddCheckpointServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ScreeningOptions>().BindConfiguration(ScreeningOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<MatchIndex>();
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<ScreeningOptions>>().Value;
            return new Screener(new ScreeningThresholds(o.HitThreshold, o.ReviewThreshold));
        });
        builder.Services.AddSingleton<WatchlistIndexFollower>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WatchlistIndexFollower>());
        builder.Services.AddSingleton<AlertHub>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AlertHub>());
        builder.Services.AddSingleton<TravellerScreening>();
        builder.Services.AddSingleton<AlertDesk>();
        builder.Services.AddSingleton<AlertLister>();
        builder.Services.AddSingleton<SuppressionDesk>();
        builder.Services.AddHostedService<AlertRetention>();
        builder.Services.AddOptions<LookBackOptions>().BindConfiguration(LookBackOptions.Section);
        builder.Services.AddHostedService<LookBackWorker>();
        builder.Services.AddSingleton<CheckpointDirectory>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CheckpointDirectory>());

        builder.Services.AddSingleton<HealthServiceImpl>();
        builder.Services.AddHostedService<StoreHealthMonitor>();

        builder.Services.AddGrpc(options =>
        {
            // Outermost first: the logger sees the status the error mapper chose.
            options.Interceptors.Add<RpcLoggingInterceptor>();
            options.Interceptors.Add<ErrorMappingInterceptor>();
            options.MaxReceiveMessageSize = 16 * 1024 * 1024;
        });
        builder.Services.AddGrpcReflection();
    }

    public static void MapCheckpointServices(this WebApplication app)
    {
        app.MapGrpcService<WatchlistGrpcService>();
        app.MapGrpcService<ScreeningGrpcService>();
        app.MapGrpcService<AlertGrpcService>();
        app.MapGrpcService<DocumentGrpcService>();
        app.MapGrpcService<CheckpointGrpcService>();
        app.MapGrpcService<HealthServiceImpl>();
        app.MapGrpcReflectionService();
    }
}
