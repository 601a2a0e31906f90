namespace Checkpoint.Server.Infrastructure;

/// <summary>The server cannot answer yet (index loading, alert reader not started); mapped to UNAVAILABLE.</summary>
public sealed class ServiceUnavailableException(string message) : Exception(message);
