using Checkpoint.Cli.Import;

namespace Checkpoint.Cli.Tests.Import;

public class CsvParserTests
{
    private static List<CsvRecord> Parse(string text) => [.. CsvParser.Parse(new StringReader(text))];

    [Fact]
    public void Parse_PlainFields_SplitsOnCommasAndLines()
    {
        var records = Parse("a,b,c\nd,e,f\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(["a", "b", "c"], records[0].Fields);
        Assert.Equal(["d", "e", "f"], records[1].Fields);
        Assert.Equal(1, records[0].Line);
        Assert.Equal(2, records[1].Line);
        Assert.All(records, r => Assert.Null(r.Error));
    }

    [Fact]
    public void Parse_QuotedFieldWithComma_KeepsCommaInField()
    {
        var record = Assert.Single(Parse("\"Doe, John\",x"));

        Assert.Equal(["Doe, John", "x"], record.Fields);
    }

    [Fact]
    public void Parse_DoubledQuotesInsideQuotes_BecomeOneQuote()
    {
        var record = Assert.Single(Parse("\"say \"\"hi\"\"\",\"\"\"\"\n"));

        Assert.Equal(["say \"hi\"", "\""], record.Fields);
    }

    [Fact]
    public void Parse_NewlineInsideQuotes_StaysInFieldAndLaterLinesCountIt()
    {
        var records = Parse("id,action\n1,\"line one\nline two\r\nline three\"\n2,x\n");

        Assert.Equal(3, records.Count);
        Assert.Equal("line one\nline two\r\nline three", records[1].Fields[1]);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(5, records[2].Line);
    }

    [Fact]
    public void Parse_CrLfLineEnds_AreRecordSeparators()
    {
        var records = Parse("a,b\r\nc,d\r\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(["c", "d"], records[1].Fields);
    }

    [Fact]
    public void Parse_EmptyFields_AreKept()
    {
        var record = Assert.Single(Parse(",,\"\""));

        Assert.Equal(["", "", ""], record.Fields);
    }

    [Fact]
    public void Parse_BlankLine_IsBlankRecord()
    {
        var records = Parse("a\n\nb\n");

        Assert.Equal(3, records.Count);
        Assert.True(records[1].IsBlank);
        Assert.False(records[2].IsBlank);
        Assert.Equal(3, records[2].Line);
    }

    [Fact]
    public void Parse_UnclosedQuote_ReturnsRecordWithError()
    {
        var records = Parse("a,b\n\"never closed,c\nd\n");

        Assert.Equal(2, records.Count);
        Assert.Null(records[0].Error);
        Assert.Contains("not closed", records[1].Error);
        Assert.Equal(2, records[1].Line);
    }

    [Fact]
    public void Parse_TextAfterClosingQuote_ReturnsErrorAndCarriesOn()
    {
        var records = Parse("\"a\"b,c\nd,e\n");

        Assert.Equal(2, records.Count);
        Assert.Contains("after the closing quote", records[0].Error);
        Assert.Null(records[1].Error);
        Assert.Equal(["d", "e"], records[1].Fields);
    }

    [Fact]
    public void Parse_QuoteInsideUnquotedField_IsKeptAsText()
    {
        var record = Assert.Single(Parse("5'11\" tall,x"));

        Assert.Equal(["5'11\" tall", "x"], record.Fields);
        Assert.Null(record.Error);
    }
}
