using Checkpoint.V1;

namespace Checkpoint.Cli.Import;

/// <summary>One entry that was not stored: where it is in the file and why.</summary>
/// <param name="Line">The file line the entry starts on; 0 when unknown.</param>
/// <param name="EntryId">The entry's id, when it could be read.</param>
/// <param name="Field">The offending field or column; empty when the record as a whole is wrong.</param>
/// <param name="Reason">Why it was refused.</param>
internal sealed record ImportRejection(int Line, string EntryId, string Field, string Reason);

/// <summary>One record of an import file: an entry to send, or why it cannot be sent.</summary>
internal sealed record ImportRecord(int Line, WatchlistEntry? Entry, ImportRejection? Rejection)
{
    /// <summary>An entry to send.</summary>
    public static ImportRecord Valid(int line, WatchlistEntry entry) => new(line, entry, null);

    /// <summary>A record the client rejects before sending.</summary>
    public static ImportRecord Invalid(int line, string entryId, string field, string reason) =>
        new(line, null, new ImportRejection(line, entryId, field, reason));
}
