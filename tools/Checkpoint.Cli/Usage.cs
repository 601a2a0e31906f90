using System.Text;

namespace Checkpoint.Cli;

/// <summary>The usage text: all of it for "checkpoint help", one command's part after a mistake in that command.</summary>
internal static class Usage
{
    private const string Synopsis = "usage: checkpoint [--server URL] COMMAND [options]";

    private const string Server =
        """
        --server URL   the Checkpoint server; default $CHECKPOINT_SERVER, else http://127.0.0.1:5080
                       (http:// is gRPC over cleartext HTTP/2, https:// over TLS)
        """;

    private const string ExitCodesText =
        """
        exit codes:
          0  success; screen: CLEAR
          1  error, health not SERVING, or import with rejected entries
          2  bad usage, or help
          3  screen: REVIEW (possible match, check before letting the traveller pass)
          4  screen: HIT (follow the hit's action)
        """;

    private static readonly (string Command, string Text)[] Commands =
    [
        ("health",
            """
            health [--wait SECONDS]
                Asks the server's health service; prints SERVING or NOT_SERVING.
                --wait retries every 250 ms, also while the server is unreachable, until SERVING or time is up.
            """),
        ("import",
            """
            import FILE [--format csv|jsonl]
                Streams watchlist entries to the server and prints what was accepted and rejected.
                The format follows the extension (.csv, .jsonl, .json) unless given.
                CSV: a header row naming any of id, list, kind, category, severity, action, names (split by '|',
                the first is the primary name), date_of_birth, nationality, sex, document_number,
                document_issuing_country, document_type; id, list, kind, category and severity are required.
                JSON lines: one WatchlistEntry per line in protobuf JSON.
                Enums may be short ("PERSON", "WANTED", "HIGH", "M") or full ("SEVERITY_HIGH").
            """),
        ("screen",
            """
            screen --checkpoint ID [--name NAME] [--dob DATE] [--nationality CCC] [--sex M|F|X]
                   [--doc NUMBER] [--doc-country CCC] [--doc-type T] [--expiry DATE]
                   [--from PLACE] [--to PLACE] [--via PLACE,PLACE]
                Screens one traveller (give --name or --doc, or both) and prints the decision and hits.
                Exits 0 for CLEAR, 3 for REVIEW, 4 for HIT.
            """),
        ("alerts",
            """
            alerts [--checkpoint ID]... [--min-severity LOW|MEDIUM|HIGH|CRITICAL] [--resume-after EVENT_ID]
                Prints alerts as they are raised, and every change to them (acknowledged, assigned,
                escalated, resolved), one line each, until Ctrl-C. A dropped stream is reconnected and
                resumed after the last event printed.
            """),
        ("entry",
            """
            entry get ID | entry delete ID | entry list [--list NAME] [--page-size N]
                Shows one watchlist entry as JSON, deletes one, or lists all (optionally of one list).
            """),
        ("alert",
            """
            alert get ALERT_ID
                Shows one alert as JSON, with its history.
            alert ack ALERT_ID [--note TEXT]
            alert assign ALERT_ID --to OFFICER [--note TEXT]
            alert escalate ALERT_ID --severity HIGH|CRITICAL --reason TEXT
            alert resolve ALERT_ID --outcome confirmed|false-positive|not-found [--note TEXT] [--suppress-days N]
                Changes an alert. Each takes --as NAME (default $CHECKPOINT_ACTOR, else your user name) and
                --version N (the version you last saw; default: the current one). A change that lost a race
                with another supervisor fails and says so. --suppress-days (with false-positive) stops this
                traveller from raising alerts for the same entries for N days.
            """),
        ("help",
            """
            help [COMMAND]
                Shows this text, or one command's part of it.
            """),
    ];

    /// <summary>The usage for one command, or everything when the command is null or unknown.</summary>
    public static string Text(string? command)
    {
        var one = Commands.Where(c => c.Command == command).Select(c => c.Text).ToList();
        var text = new StringBuilder().AppendLine(Synopsis).AppendLine();
        text.AppendLine(one.Count == 1 ? "command:" : "commands:");
        foreach (var description in one.Count == 1 ? one : Commands.Select(c => c.Text))
        {
            text.AppendLine(Indent(description));
        }

        text.AppendLine().AppendLine("global options:").AppendLine(Indent(Server));
        text.AppendLine().AppendLine(ExitCodesText);
        if (one.Count == 1)
        {
            text.AppendLine().AppendLine("Run 'checkpoint help' for all commands.");
        }

        return text.ToString();
    }

    private static string Indent(string text) =>
        string.Join(Environment.NewLine, text.Split('\n').Select(line => "  " + line.TrimEnd('\r')));
}
