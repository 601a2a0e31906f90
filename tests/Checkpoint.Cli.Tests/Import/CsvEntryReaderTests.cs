using Checkpoint.Cli.Import;
using Checkpoint.V1;

namespace Checkpoint.Cli.Tests.Import;

public class CsvEntryReaderTests
{
    private static List<ImportRecord> Read(string text) => [.. CsvEntryReader.Read(new StringReader(text))];

    [Fact]
    public void Read_PersonRow_MapsEveryColumn()
    {
        var record = Assert.Single(Read(
            "ID,List,Kind,Category,Severity,Action,Names,Date_Of_Birth,Nationality,Sex,Document_Number,Document_Issuing_Country,Document_Type\n"
            + "wl-1,national-wanted,PERSON,WANTED,HIGH,\"Hold, call supervisor\",Aung Kyaw|Kyaw Aung| A. Kyaw ,1980-02-03,MMR,M,MA123,MMR,P\n"));

        var entry = record.Entry!;
        Assert.Null(record.Rejection);
        Assert.Equal(2, record.Line);
        Assert.Equal("wl-1", entry.Id);
        Assert.Equal("national-wanted", entry.List);
        Assert.Equal(EntryKind.Person, entry.Kind);
        Assert.Equal(Category.Wanted, entry.Category);
        Assert.Equal(Severity.High, entry.Severity);
        Assert.Equal("Hold, call supervisor", entry.Action);
        Assert.Equal(["Aung Kyaw", "Kyaw Aung", "A. Kyaw"], entry.Person.Names);
        Assert.Equal("1980-02-03", entry.Person.DateOfBirth);
        Assert.Equal("MMR", entry.Person.Nationality);
        Assert.Equal(Sex.Male, entry.Person.Sex);
        Assert.Equal("MA123", entry.Document.Number);
        Assert.Equal("MMR", entry.Document.IssuingCountry);
        Assert.Equal("P", entry.Document.Type);
    }

    [Fact]
    public void Read_ColumnsInAnyOrderAndFullEnumNames_MapByHeader()
    {
        var record = Assert.Single(Read(
            "severity,document_number,kind,id,category,list\n"
            + "SEVERITY_CRITICAL,X 123,document,doc-1,lost_stolen_document,sltd\n"));

        var entry = record.Entry!;
        Assert.Equal("doc-1", entry.Id);
        Assert.Equal(Severity.Critical, entry.Severity);
        Assert.Equal(EntryKind.Document, entry.Kind);
        Assert.Equal(Category.LostStolenDocument, entry.Category);
        Assert.Equal("X 123", entry.Document.Number);
        Assert.Null(entry.Person);
    }

    [Fact]
    public void Read_NoPersonColumnsFilled_LeavesPersonUnset()
    {
        var record = Assert.Single(Read("id,list,kind,category,severity,names,sex\nd1,sltd,DOCUMENT,FORGED_DOCUMENT,LOW,,\n"));

        Assert.Null(record.Entry!.Person);
        Assert.Null(record.Entry.Document);
    }

    [Fact]
    public void Read_UnknownEnumValue_RejectsThatLineOnly()
    {
        var records = Read(
            "id,list,kind,category,severity,action\n"
            + "a,l,PERSON,WANTED,HIGH,\"two\nlines\"\n"
            + "b,l,PERSON,WANTED,HUGE,x\n"
            + "c,l,PERSON,WANTED,LOW,x\n");

        Assert.Equal(3, records.Count);
        Assert.NotNull(records[0].Entry);
        Assert.NotNull(records[2].Entry);
        var rejection = records[1].Rejection!;
        Assert.Null(records[1].Entry);
        Assert.Equal(4, rejection.Line);
        Assert.Equal("b", rejection.EntryId);
        Assert.Equal("severity", rejection.Field);
        Assert.Contains("'HUGE'", rejection.Reason);
        Assert.Contains("CRITICAL", rejection.Reason);
    }

    [Fact]
    public void Read_BadSexLetter_RejectsWithSexColumn()
    {
        var record = Assert.Single(Read("id,list,kind,category,severity,names,sex\np,l,PERSON,WANTED,LOW,A B,Q\n"));

        Assert.Equal("sex", record.Rejection!.Field);
        Assert.Contains("M, F, X", record.Rejection.Reason);
    }

    [Fact]
    public void Read_WrongFieldCount_RejectsWithLineNumber()
    {
        var records = Read("id,list,kind,category,severity\na,l,PERSON,WANTED,LOW\nb,l,PERSON\n");

        Assert.NotNull(records[0].Entry);
        Assert.Equal(3, records[1].Rejection!.Line);
        Assert.Contains("expected 5 fields", records[1].Rejection!.Reason);
    }

    [Fact]
    public void Read_BlankLines_AreSkipped()
    {
        var records = Read("id,list,kind,category,severity\n\na,l,PERSON,WANTED,LOW\n\n");

        var record = Assert.Single(records);
        Assert.Equal(3, record.Line);
    }

    [Fact]
    public void Read_MissingRequiredColumn_ThrowsForLineOne()
    {
        var ex = Assert.Throws<ImportFileException>(() => Read("id,list,kind,category\na,l,PERSON,WANTED\n"));

        Assert.Equal(1, ex.Line);
        Assert.Contains("severity", ex.Message);
    }

    [Fact]
    public void Read_UnknownColumn_Throws()
    {
        var ex = Assert.Throws<ImportFileException>(() => Read("id,list,kind,category,severity,nationalty\n"));

        Assert.Contains("'nationalty'", ex.Message);
    }

    [Fact]
    public void Read_DuplicateColumn_Throws()
    {
        var ex = Assert.Throws<ImportFileException>(() => Read("id,list,kind,category,severity,ID\n"));

        Assert.Contains("twice", ex.Message);
    }

    [Fact]
    public void Read_EmptyFile_Throws()
    {
        Assert.Throws<ImportFileException>(() => Read(""));
    }
}
