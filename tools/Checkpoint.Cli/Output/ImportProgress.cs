namespace Checkpoint.Cli.Output;

/// <summary>
/// Import progress on stderr: redrawn in place on a terminal, or one line per 10% when stderr is redirected,
/// so a log file gets a handful of lines rather than thousands of carriage returns.
/// </summary>
internal sealed class ImportProgress(TextWriter error, int total, bool terminal)
{
    private int _shownPercent = -1;

    /// <summary>Records that <paramref name="sent"/> entries have been sent.</summary>
    public void Report(int sent)
    {
        if (total == 0)
        {
            return;
        }

        var percent = (int)(sent * 100L / total);
        if (terminal && percent != _shownPercent)
        {
            error.Write($"\r{Display.Progress(sent, total)}");
            _shownPercent = percent;
        }
        else if (!terminal && percent / 10 > _shownPercent / 10)
        {
            error.WriteLine(Display.Progress(sent, total));
            _shownPercent = percent;
        }
    }

    /// <summary>Ends the redrawn line so the summary starts on its own.</summary>
    public void Finish()
    {
        if (terminal && _shownPercent >= 0)
        {
            error.WriteLine();
        }
    }
}
