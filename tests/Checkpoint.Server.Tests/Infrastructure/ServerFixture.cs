namespace Checkpoint.Server.Tests.Infrastructure;

/// <summary>One server per test class, with its own key prefix; tests in the class use distinct ids.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private ServerInstance? _server;

    public ServerInstance Server => _server ?? throw new InvalidOperationException("fixture not started");

    public string KeyPrefix { get; } = TestRedis.UniquePrefix("srv");

    public async Task InitializeAsync() => _server = await ServerInstance.StartAsync(KeyPrefix);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
