namespace Checkpoint.Server.Tests.Infrastructure;

/// <summary>Base for tests of two server instances sharing one Redis key prefix, started fresh for each test.</summary>
public abstract class TwoServers : IAsyncLifetime
{
    private readonly string _prefix;

    protected TwoServers(string name) => _prefix = TestRedis.UniquePrefix(name);

    protected string Prefix => _prefix;
    protected ServerInstance One { get; private set; } = null!;
    protected ServerInstance Two { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        One = await ServerInstance.StartAsync(_prefix);
        Two = await ServerInstance.StartAsync(_prefix);
    }

    public async Task DisposeAsync()
    {
        await One.DisposeAsync();
        await Two.DisposeAsync();
    }
}
