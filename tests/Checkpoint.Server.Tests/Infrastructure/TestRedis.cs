namespace Checkpoint.Server.Tests.Infrastructure;

/// <summary>The real redis-server the test script started (tools/scripts/test.sh exports its address).</summary>
public static class TestRedis
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("CHECKPOINT_TEST_REDIS") is { Length: > 0 } value ? value : "127.0.0.1:6391";

    /// <summary>A key prefix no other test uses, so tests share one Redis without seeing each other's data.</summary>
    public static string UniquePrefix(string name) => $"test-{name}-{Guid.NewGuid():N}"[..40];
}
