using System.Text.Json;
using System.Text.Json.Serialization;
using Checkpoint.Core.Alerts;
using Checkpoint.Core.Watchlist;

namespace Checkpoint.Redis;

/// <summary>
/// How domain records are written into Redis: JSON with snake_case names and enums as words, so an
/// operator can read them with redis-cli and fields can be added without breaking stored data.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WatchlistEntry))]
[JsonSerializable(typeof(Alert))]
[JsonSerializable(typeof(Checkpoint.Core.Screening.RecordedScreening))]
internal sealed partial class StoredJson : JsonSerializerContext
{
    public static string Write(WatchlistEntry entry) => JsonSerializer.Serialize(entry, Default.WatchlistEntry);

    public static string Write(Alert alert) => JsonSerializer.Serialize(alert, Default.Alert);

    public static string Write(Checkpoint.Core.Screening.RecordedScreening screening) =>
        JsonSerializer.Serialize(screening, Default.RecordedScreening);

    public static Checkpoint.Core.Screening.RecordedScreening ReadScreening(string json) =>
        JsonSerializer.Deserialize(json, Default.RecordedScreening) ?? throw new JsonException("stored screening is null");

    public static WatchlistEntry ReadEntry(string json) =>
        JsonSerializer.Deserialize(json, Default.WatchlistEntry) ?? throw new JsonException("stored entry is null");

    public static Alert ReadAlert(string json) =>
        JsonSerializer.Deserialize(json, Default.Alert) ?? throw new JsonException("stored alert is null");
}
