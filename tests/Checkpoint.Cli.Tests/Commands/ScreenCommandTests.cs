using Checkpoint.Cli.Commands;
using Checkpoint.V1;

namespace Checkpoint.Cli.Tests.Commands;

public class ScreenCommandTests
{
    [Fact]
    public void Parse_AllOptions_FillTheRequest()
    {
        var request = ScreenCommand.Parse(
        [
            "--checkpoint", "CP-MYAWADDY", "--name", "Aung Kyaw", "--dob", "1980-02-03", "--nationality", "MMR",
            "--sex", "m", "--doc", "MA123", "--doc-country", "MMR", "--doc-type", "P", "--expiry", "2030-01-01",
            "--from", "MMR/Yangon", "--to", "THA", "--via", "MMR/Myawaddy, THA/Mae Sot",
        ]);

        Assert.Equal("CP-MYAWADDY", request.CheckpointId);
        Assert.Equal("Aung Kyaw", request.Traveller.Name);
        Assert.Equal("1980-02-03", request.Traveller.DateOfBirth);
        Assert.Equal("MMR", request.Traveller.Nationality);
        Assert.Equal(Sex.Male, request.Traveller.Sex);
        Assert.Equal("MA123", request.Document.Number);
        Assert.Equal("MMR", request.Document.IssuingCountry);
        Assert.Equal("P", request.Document.Type);
        Assert.Equal("2030-01-01", request.Document.ExpiryDate);
        Assert.Equal("MMR/Yangon", request.Itinerary.Origin);
        Assert.Equal("THA", request.Itinerary.Destination);
        Assert.Equal(["MMR/Myawaddy", "THA/Mae Sot"], request.Itinerary.Via);
    }

    [Fact]
    public void Parse_InlineValuesAndRepeatedVia_AreAccepted()
    {
        var request = ScreenCommand.Parse(["--checkpoint=CP-1", "--doc=X1", "--via=A", "--via", "B,C"]);

        Assert.Equal("CP-1", request.CheckpointId);
        Assert.Equal("X1", request.Document.Number);
        Assert.Equal(["A", "B", "C"], request.Itinerary.Via);
    }

    [Fact]
    public void Parse_OnlyDocumentGiven_LeavesTravellerAndItineraryUnset()
    {
        var request = ScreenCommand.Parse(["--checkpoint", "CP-1", "--doc", "X1"]);

        Assert.Null(request.Traveller);
        Assert.Null(request.Itinerary);
        Assert.NotNull(request.Document);
    }

    [Fact]
    public void Parse_UnknownOption_ThrowsUsageErrorForScreen()
    {
        var ex = Assert.Throws<UsageException>(() => ScreenCommand.Parse(["--checkpoint", "CP-1", "--name", "A", "--passport", "X"]));

        Assert.Equal("screen", ex.Command);
        Assert.Equal("unknown option --passport", ex.Problem);
        Assert.Equal(ExitCodes.Usage, ex.ExitCode);
    }

    [Fact]
    public void Parse_StrayPositional_ThrowsUsageError()
    {
        var ex = Assert.Throws<UsageException>(() => ScreenCommand.Parse(["--checkpoint", "CP-1", "Aung"]));

        Assert.Contains("'Aung'", ex.Problem);
    }

    [Fact]
    public void Parse_MissingCheckpoint_ThrowsUsageError()
    {
        var ex = Assert.Throws<UsageException>(() => ScreenCommand.Parse(["--name", "A"]));

        Assert.Contains("--checkpoint", ex.Problem);
    }

    [Fact]
    public void Parse_NeitherNameNorDocument_ThrowsUsageError()
    {
        var ex = Assert.Throws<UsageException>(() => ScreenCommand.Parse(["--checkpoint", "CP-1", "--dob", "1980"]));

        Assert.Contains("--name or --doc", ex.Problem);
    }

    [Fact]
    public void Parse_OptionWithoutValue_ThrowsUsageError()
    {
        var ex = Assert.Throws<UsageException>(() => ScreenCommand.Parse(["--checkpoint", "CP-1", "--name", "--doc", "X"]));

        Assert.Equal("option --name needs a value", ex.Problem);
    }

    [Fact]
    public void Parse_BadSex_ThrowsUsageErrorListingLetters()
    {
        var ex = Assert.Throws<UsageException>(() => ScreenCommand.Parse(["--checkpoint", "CP-1", "--name", "A", "--sex", "Q"]));

        Assert.Contains("M, F, X", ex.Problem);
    }
}
