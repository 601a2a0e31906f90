namespace Checkpoint.Cli.Tests;

public class InvocationTests
{
    [Fact]
    public void Parse_ServerAfterCommand_IsGlobalAndRemovedFromArguments()
    {
        var invocation = Invocation.Parse(["screen", "--name", "A", "--server", "http://10.0.0.5:6000"], null);

        Assert.Equal("screen", invocation.Command);
        Assert.Equal(["--name", "A"], invocation.Arguments);
        Assert.Equal("http://10.0.0.5:6000", invocation.Server.OriginalString);
    }

    [Fact]
    public void Parse_NoServerOption_UsesEnvironmentThenDefault()
    {
        Assert.Equal("https://cp.example:443", Invocation.Parse(["health"], "https://cp.example:443").Server.OriginalString);
        Assert.Equal(Invocation.DefaultServer, Invocation.Parse(["health"], "").Server.OriginalString);
        Assert.Equal("http://x:1", Invocation.Parse(["--server=http://x:1", "health"], "http://y:2").Server.OriginalString);
    }

    [Fact]
    public void Parse_ServerWithoutScheme_ThrowsUsageError()
    {
        var ex = Assert.Throws<UsageException>(() => Invocation.Parse(["health"], "localhost:5080"));

        Assert.Contains(Invocation.ServerVariable, ex.Problem);
    }

    [Theory]
    [InlineData]
    [InlineData("help")]
    [InlineData("--help")]
    public void Parse_HelpRequested_ThrowsUsageWithoutProblem(params string[] args)
    {
        var ex = Assert.Throws<UsageException>(() => Invocation.Parse(args, null));

        Assert.Null(ex.Problem);
        Assert.Null(ex.Command);
    }

    [Fact]
    public void Parse_HelpForCommand_NamesTheCommand()
    {
        Assert.Equal("import", Assert.Throws<UsageException>(() => Invocation.Parse(["help", "import"], null)).Command);
        Assert.Equal("screen", Assert.Throws<UsageException>(() => Invocation.Parse(["screen", "-h"], null)).Command);
    }

    [Fact]
    public void UsageText_ForOneCommand_ShowsOnlyThatCommand()
    {
        var text = Usage.Text("screen");

        Assert.Contains("--doc-country", text);
        Assert.DoesNotContain("entry list", text);
        Assert.Contains("4  screen: HIT", text);
    }
}
