using System.Globalization;

namespace Checkpoint.Bench;

/// <summary>Percentiles of a set of samples in milliseconds.</summary>
internal static class Stats
{
    public static double Percentile(IReadOnlyList<double> samples, double p)
    {
        var sorted = samples.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public static string Ms(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + " ms";

    public static string Ratio(double value, double baseline) => (value / baseline).ToString("0.0", CultureInfo.InvariantCulture) + "x";
}
