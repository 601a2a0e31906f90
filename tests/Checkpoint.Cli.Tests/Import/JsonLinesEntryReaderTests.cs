using System.Text.Json.Nodes;
using Checkpoint.Cli.Import;
using Checkpoint.V1;

namespace Checkpoint.Cli.Tests.Import;

public class JsonLinesEntryReaderTests
{
    private static List<ImportRecord> Read(string text) => [.. JsonLinesEntryReader.Read(new StringReader(text))];

    [Fact]
    public void RewriteFriendlyEnums_ShortNames_BecomeFullProtoNames()
    {
        var entry = JsonNode.Parse("""{"kind":"person","category":"WANTED","severity":"High","person":{"sex":"M"}}""")!.AsObject();

        var problem = JsonLinesEntryReader.RewriteFriendlyEnums(entry);

        Assert.Null(problem);
        Assert.Equal("ENTRY_KIND_PERSON", (string?)entry["kind"]);
        Assert.Equal("CATEGORY_WANTED", (string?)entry["category"]);
        Assert.Equal("SEVERITY_HIGH", (string?)entry["severity"]);
        Assert.Equal("SEX_MALE", (string?)entry["person"]!["sex"]);
    }

    [Fact]
    public void RewriteFriendlyEnums_FullNamesAndNumbers_AreLeftAsTheyAre()
    {
        var entry = JsonNode.Parse("""{"kind":"ENTRY_KIND_DOCUMENT","severity":2}""")!.AsObject();

        Assert.Null(JsonLinesEntryReader.RewriteFriendlyEnums(entry));
        Assert.Equal("ENTRY_KIND_DOCUMENT", (string?)entry["kind"]);
        Assert.Equal(2, (int?)entry["severity"]);
    }

    [Fact]
    public void RewriteFriendlyEnums_UnknownSex_NamesThePath()
    {
        var entry = JsonNode.Parse("""{"person":{"sex":"Y"}}""")!.AsObject();

        var problem = JsonLinesEntryReader.RewriteFriendlyEnums(entry);

        Assert.Equal("person.sex", problem?.Field);
        Assert.Contains("'Y'", problem?.Reason);
    }

    [Fact]
    public void Read_FriendlyLine_ParsesWholeEntry()
    {
        var record = Assert.Single(Read(
            """{"id":"wl-1","list":"national-wanted","kind":"PERSON","category":"TRAFFICKING_SUSPECT","severity":"CRITICAL","person":{"names":["Aung Kyaw","Kyaw"],"date_of_birth":"1980","sex":"F"},"document":{"number":"MA1","issuingCountry":"MMR"}}"""));

        var entry = record.Entry!;
        Assert.Equal("wl-1", entry.Id);
        Assert.Equal(EntryKind.Person, entry.Kind);
        Assert.Equal(Category.TraffickingSuspect, entry.Category);
        Assert.Equal(Severity.Critical, entry.Severity);
        Assert.Equal(["Aung Kyaw", "Kyaw"], entry.Person.Names);
        Assert.Equal("1980", entry.Person.DateOfBirth);
        Assert.Equal(Sex.Female, entry.Person.Sex);
        Assert.Equal("MMR", entry.Document.IssuingCountry);
    }

    [Fact]
    public void Read_BlankLines_AreSkippedButCounted()
    {
        var records = Read("\n   \n{\"id\":\"a\",\"kind\":\"DOCUMENT\"}\n\n{\"id\":\"b\"}\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(3, records[0].Line);
        Assert.Equal(5, records[1].Line);
    }

    [Fact]
    public void Read_InvalidJson_RejectsWithLineNumber()
    {
        var records = Read("{\"id\":\"a\"}\n{\"id\": \"b\",\n{\"id\":\"c\"}\n");

        Assert.NotNull(records[0].Entry);
        Assert.NotNull(records[2].Entry);
        var rejection = records[1].Rejection!;
        Assert.Equal(2, rejection.Line);
        Assert.StartsWith("not valid JSON", rejection.Reason);
        Assert.DoesNotContain("LineNumber", rejection.Reason);
    }

    [Fact]
    public void Read_UnknownEnumValue_RejectsWithIdAndField()
    {
        var record = Assert.Single(Read("{\"id\":\"x-1\",\"severity\":\"HUGE\"}"));

        Assert.Equal(1, record.Rejection!.Line);
        Assert.Equal("x-1", record.Rejection.EntryId);
        Assert.Equal("severity", record.Rejection.Field);
    }

    [Fact]
    public void Read_UnknownField_IsRejectedByJsonParser()
    {
        var record = Assert.Single(Read("{\"id\":\"x-2\",\"severty\":\"HIGH\"}"));

        Assert.Null(record.Entry);
        Assert.Equal("x-2", record.Rejection!.EntryId);
        Assert.Contains("severty", record.Rejection.Reason);
    }

    [Fact]
    public void Read_NotAnObject_Rejects()
    {
        var record = Assert.Single(Read("[1,2]"));

        Assert.Equal("expected a JSON object", record.Rejection!.Reason);
    }

    [Fact]
    public void Read_DuplicateProperty_RejectsInsteadOfThrowing()
    {
        var record = Assert.Single(Read("{\"id\":\"a\",\"id\":\"b\"}"));

        Assert.Null(record.Entry);
        Assert.Equal(1, record.Rejection!.Line);
    }
}
