namespace Checkpoint.Redis;

/// <summary>How to reach Redis and where in it Checkpoint keeps its data. Bound from the "Redis" section.</summary>
public sealed class RedisStoreOptions
{
    public const string Section = "Redis";

    /// <summary>A StackExchange.Redis configuration string: one host, several, a Sentinel service or a Cluster.</summary>
    public string ConnectionString { get; set; } = "127.0.0.1:6379";

    /// <summary>Prefix of every key, so that several deployments (or test runs) can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "cp";

    /// <summary>How many watchlist change records the change feed keeps; a follower further behind reloads.</summary>
    public int ChangeFeedMaxLength { get; set; } = 100_000;

    /// <summary>Approximately how many alerts the alert stream keeps before trimming the oldest.</summary>
    public int AlertStreamMaxLength { get; set; } = 1_000_000;
}
