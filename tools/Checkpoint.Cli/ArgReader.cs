using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Checkpoint.Cli;

/// <summary>Walks one command's arguments: options as "--name value" or "--name=value", and positionals.</summary>
internal sealed class ArgReader(string command, IReadOnlyList<string> args)
{
    private int _next;
    private string? _inlineValue;

    /// <summary>True for "--x" and "-x"; a lone "-" is a value.</summary>
    public static bool IsOption(string token) => token.Length > 1 && token[0] == '-';

    /// <summary>Reads the next argument; an inline "--name=value" comes back as "--name" with its value kept for <see cref="Value"/>.</summary>
    public bool TryNext([NotNullWhen(true)] out string? token)
    {
        // Every option takes a value, so one left unread belongs to an option the caller rejected.
        _inlineValue = null;
        if (_next >= args.Count)
        {
            token = null;
            return false;
        }

        token = args[_next++];
        var equals = token.IndexOf('=', StringComparison.Ordinal);
        if (token.StartsWith("--", StringComparison.Ordinal) && equals > 2)
        {
            _inlineValue = token[(equals + 1)..];
            token = token[..equals];
        }

        return true;
    }

    /// <summary>The value of the option just read.</summary>
    public string Value(string option)
    {
        if (_inlineValue is not null)
        {
            var inline = _inlineValue;
            _inlineValue = null;
            return inline;
        }

        // "--name --dob 1980" is far more likely a forgotten value than a name starting with dashes.
        if (_next >= args.Count || IsOption(args[_next]))
        {
            throw new UsageException(command, $"option {option} needs a value");
        }

        return args[_next++];
    }

    /// <summary>The value of the option just read, as a whole number in [min, max].</summary>
    public int IntValue(string option, int min, int max)
    {
        var text = Value(option);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new UsageException(command, $"option {option} must be a whole number from {min} to {max}, got '{text}'");
        }

        return value;
    }

    /// <summary>The value of the option just read, as a friendly or full proto enum name.</summary>
    public T EnumValue<T>(string option)
        where T : struct, Enum
    {
        var text = Value(option);
        return ProtoEnums.TryParse<T>(text, out var value)
            ? value
            : throw new UsageException(command, $"option {option} must be one of {ProtoEnums.Expected(typeof(T))}, got '{text}'");
    }

    /// <summary>The error for an argument the command does not know.</summary>
    public UsageException Unexpected(string token) =>
        IsOption(token)
            ? new UsageException(command, $"unknown option {token}")
            : new UsageException(command, $"unexpected argument '{token}'");

    /// <summary>Reads arguments that must be exactly one positional value, e.g. an id.</summary>
    public static string SinglePositional(string command, IReadOnlyList<string> args, string name)
    {
        var reader = new ArgReader(command, args);
        string? value = null;
        while (reader.TryNext(out var token))
        {
            if (value is not null || IsOption(token))
            {
                throw reader.Unexpected(token);
            }

            value = token;
        }

        return value ?? throw new UsageException(command, $"{name} is required");
    }
}
