using Checkpoint.Server.Tests.Infrastructure;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;

namespace Checkpoint.Server.Tests;

public sealed class HostingTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Health_ForEachCheckpointService_Serving()
    {
        foreach (var service in new[] { "", "checkpoint.v1.WatchlistService", "checkpoint.v1.ScreeningService", "checkpoint.v1.AlertService" })
        {
            var response = await fixture.Server.Health.CheckAsync(new HealthCheckRequest { Service = service });
            Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
        }
    }

    [Fact]
    public async Task Reflection_ListServices_NamesTheCheckpointServices()
    {
        var client = new ServerReflection.ServerReflectionClient(fixture.Server.Channel);
        using var call = client.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();

        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None).Within("the reflection answer"));
        var names = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();

        Assert.Contains("checkpoint.v1.WatchlistService", names);
        Assert.Contains("checkpoint.v1.ScreeningService", names);
        Assert.Contains("checkpoint.v1.AlertService", names);
        Assert.Contains("grpc.health.v1.Health", names);
    }
}
