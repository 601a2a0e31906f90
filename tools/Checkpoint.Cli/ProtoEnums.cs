using System.Globalization;
using Checkpoint.V1;
using Google.Protobuf.Reflection;

namespace Checkpoint.Cli;

/// <summary>Friendly spellings of the contract's enums: "HIGH" for SEVERITY_HIGH, "M" for SEX_MALE, and back.</summary>
internal static class ProtoEnums
{
    private const string UnspecifiedSuffix = "UNSPECIFIED";

    private static readonly Dictionary<Type, EnumDescriptor> Descriptors =
        new[] { CommonReflection.Descriptor, WatchlistReflection.Descriptor, ScreeningReflection.Descriptor, AlertsReflection.Descriptor, DocumentsReflection.Descriptor }
            .SelectMany(file => file.EnumTypes)
            .ToDictionary(e => e.ClrType);

    // The ICAO 9303 letters printed in passports; the prefix rule cannot derive them.
    private static readonly Dictionary<string, string> SexLetters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["M"] = "SEX_MALE",
        ["F"] = "SEX_FEMALE",
        ["X"] = "SEX_OTHER",
    };

    /// <summary>Maps "HIGH", "high" or "SEVERITY_HIGH" to "SEVERITY_HIGH"; false when the text names no value.</summary>
    public static bool TryGetProtoName(Type enumType, string text, out string protoName)
    {
        var descriptor = Descriptors[enumType];
        var wanted = text.Trim();
        if (enumType == typeof(Sex) && SexLetters.TryGetValue(wanted, out protoName!))
        {
            return true;
        }

        var prefix = PrefixOf(descriptor);
        var value = descriptor.Values.FirstOrDefault(v =>
            string.Equals(v.Name, wanted, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(v.Name, prefix + wanted, StringComparison.OrdinalIgnoreCase));
        protoName = value?.Name ?? "";
        return value is not null;
    }

    /// <summary>Parses a friendly or full name into the generated enum.</summary>
    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        if (TryGetProtoName(typeof(T), text, out var protoName))
        {
            value = (T)Enum.ToObject(typeof(T), Descriptors[typeof(T)].FindValueByName(protoName).Number);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The value's name without the enum's prefix, e.g. "HIGH"; the number when it is not a known value.</summary>
    public static string ShortName<T>(T value)
        where T : struct, Enum
    {
        var descriptor = Descriptors[typeof(T)];
        var number = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        var name = descriptor.FindValueByNumber(number)?.Name;
        return name is null ? number.ToString(CultureInfo.InvariantCulture) : name[PrefixOf(descriptor).Length..];
    }

    /// <summary>The accepted values for messages, e.g. "LOW, MEDIUM, HIGH, CRITICAL".</summary>
    public static string Expected(Type enumType)
    {
        if (enumType == typeof(Sex))
        {
            return string.Join(", ", SexLetters.Keys);
        }

        var descriptor = Descriptors[enumType];
        var prefix = PrefixOf(descriptor);
        return string.Join(", ", descriptor.Values.Where(v => v.Number != 0).Select(v => v.Name[prefix.Length..]));
    }

    // The contract names every zero value PREFIX_UNSPECIFIED, so that value tells the prefix to strip.
    private static string PrefixOf(EnumDescriptor descriptor)
    {
        var zero = descriptor.FindValueByNumber(0)?.Name ?? "";
        return zero.EndsWith(UnspecifiedSuffix, StringComparison.Ordinal) ? zero[..^UnspecifiedSuffix.Length] : "";
    }
}
