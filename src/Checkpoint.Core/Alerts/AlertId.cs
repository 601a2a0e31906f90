using System.Globalization;

namespace Checkpoint.Core.Alerts;

/// <summary>
/// An alert id: the Redis stream id "&lt;milliseconds&gt;-&lt;sequence&gt;" it was stored under, so ids are
/// ordered by construction. Compare ids with this type, never as strings ("9-0" &lt; "10-0").
/// </summary>
public readonly record struct AlertId(long Milliseconds, long Sequence) : IComparable<AlertId>
{
    public static bool TryParse(string? text, out AlertId id)
    {
        id = default;
        if (string.IsNullOrEmpty(text) || text.Length > 41)
        {
            return false;
        }

        var dash = text.IndexOf('-');
        if (dash <= 0
            || !long.TryParse(text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            || !long.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
        {
            return false;
        }

        id = new AlertId(ms, seq);
        return true;
    }

    public static AlertId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not an alert id");

    public int CompareTo(AlertId other) =>
        Milliseconds != other.Milliseconds ? Milliseconds.CompareTo(other.Milliseconds) : Sequence.CompareTo(other.Sequence);

    public static bool operator <(AlertId a, AlertId b) => a.CompareTo(b) < 0;
    public static bool operator >(AlertId a, AlertId b) => a.CompareTo(b) > 0;
    public static bool operator <=(AlertId a, AlertId b) => a.CompareTo(b) <= 0;
    public static bool operator >=(AlertId a, AlertId b) => a.CompareTo(b) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Milliseconds}-{Sequence}");
}
