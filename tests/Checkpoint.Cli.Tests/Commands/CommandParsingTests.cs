using Checkpoint.Cli.Commands;
using Checkpoint.Cli.Import;
using Checkpoint.V1;

namespace Checkpoint.Cli.Tests.Commands;

public class CommandParsingTests
{
    [Fact]
    public void AlertsParse_RepeatedCheckpointsAndShortSeverity_FillTheRequest()
    {
        var request = AlertsCommand.Parse(["--checkpoint", "CP-1", "--checkpoint=CP-2", "--min-severity", "high", "--resume-after", "17-0"]);

        Assert.Equal(["CP-1", "CP-2"], request.CheckpointIds);
        Assert.Equal(Severity.High, request.MinSeverity);
        Assert.Equal("17-0", request.ResumeAfter);
    }

    [Fact]
    public void AlertsParse_BadSeverity_ThrowsUsageError()
    {
        var ex = Assert.Throws<UsageException>(() => AlertsCommand.Parse(["--min-severity", "HUGE"]));

        Assert.Contains("LOW, MEDIUM, HIGH, CRITICAL", ex.Problem);
    }

    [Theory]
    [InlineData("list.csv", "Csv")]
    [InlineData("LIST.JSONL", "JsonLines")]
    [InlineData("list.json", "JsonLines")]
    public void ImportParse_NoFormat_TakesItFromExtension(string path, string expected)
    {
        Assert.Equal(expected, ImportCommand.Parse([path]).Format.ToString());
    }

    [Fact]
    public void ImportParse_FormatGiven_OverridesExtension()
    {
        var options = ImportCommand.Parse(["--format", "jsonl", "export.txt"]);

        Assert.Equal(new ImportCommand.Options("export.txt", ImportFormat.JsonLines), options);
    }

    [Fact]
    public void ImportParse_UnknownExtensionWithoutFormat_ThrowsUsageError()
    {
        var ex = Assert.Throws<UsageException>(() => ImportCommand.Parse(["export.txt"]));

        Assert.Contains("--format", ex.Problem);
    }

    [Fact]
    public void ImportParse_NoFile_ThrowsUsageError()
    {
        Assert.Throws<UsageException>(() => ImportCommand.Parse(["--format", "csv"]));
    }

    [Fact]
    public void ImportServerRejections_IndexOfSentEntries_MapsToFileLines()
    {
        var response = new ImportEntriesResponse
        {
            Rejected =
            {
                new RejectedEntry { Index = 0, EntryId = "a", Field = "list", Reason = "list: required" },
                new RejectedEntry { Index = 2, EntryId = "c", Field = "person.names", Reason = "person.names: required" },
                new RejectedEntry { Index = 9, EntryId = "?", Field = "id", Reason = "id: bad" },
            },
        };

        var rejections = ImportCommand.ServerRejections(response, [2, 5, 9]);

        Assert.Equal([2, 9, 0], rejections.Select(r => r.Line));
        Assert.Equal("c", rejections[1].EntryId);
    }

    [Fact]
    public void EntryParseList_Options_AreRead()
    {
        Assert.Equal(new EntryCommand.ListOptions("sltd", 250), EntryCommand.ParseList(["--list", "sltd", "--page-size", "250"]));
    }

    [Fact]
    public void EntryParseList_PageSizeOutOfRange_ThrowsUsageError()
    {
        var ex = Assert.Throws<UsageException>(() => EntryCommand.ParseList(["--page-size", "5000"]));

        Assert.Contains("1 to 1000", ex.Problem);
    }

    [Fact]
    public void HealthParse_Wait_ReadsFractionalSeconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(2.5), HealthCommand.Parse(["--wait", "2.5"]));
        Assert.Null(HealthCommand.Parse([]));
    }

    [Fact]
    public void HealthParse_NegativeWait_ThrowsUsageError()
    {
        Assert.Throws<UsageException>(() => HealthCommand.Parse(["--wait", "-1"]));
    }

    [Fact]
    public void SinglePositional_ExtraArgument_ThrowsUsageError()
    {
        var ex = Assert.Throws<UsageException>(() => ArgReader.SinglePositional("entry", ["a", "b"], "ID"));

        Assert.Equal("unexpected argument 'b'", ex.Problem);
        Assert.Equal("a", ArgReader.SinglePositional("entry", ["a"], "ID"));
    }
}
