using StackExchange.Redis;

namespace Checkpoint.Redis;

/// <summary>Opens the one multiplexer a process shares.</summary>
public static class RedisConnection
{
    /// <summary>
    /// Connects without failing when Redis is down: the multiplexer keeps retrying in the background, and
    /// commands fail fast with a connection exception meanwhile (mapped to UNAVAILABLE by the server).
    /// </summary>
    public static IConnectionMultiplexer Connect(RedisStoreOptions options, TextWriter? log = null)
    {
        var config = ConfigurationOptions.Parse(options.ConnectionString);
        config.AbortOnConnectFail = false;
        config.ConnectTimeout = Math.Min(config.ConnectTimeout, 5000);
        config.ClientName ??= "checkpoint";
        return ConnectionMultiplexer.Connect(config, log);
    }
}
