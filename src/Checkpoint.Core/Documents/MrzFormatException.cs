namespace Checkpoint.Core.Documents;

/// <summary>Text that is not an MRZ at all (as opposed to an MRZ whose check digits fail).</summary>
public sealed class MrzFormatException : FormatException
{
    public MrzFormatException(string message, int line = 0, int position = 0)
        : base(message)
    {
        Line = line;
        Position = position;
    }

    /// <summary>1-based MRZ line at fault; 0 when the problem is the text as a whole (empty, wrong line count).</summary>
    public int Line { get; }

    /// <summary>1-based character position in <see cref="Line"/>; 0 when not about one character.</summary>
    public int Position { get; }
}
