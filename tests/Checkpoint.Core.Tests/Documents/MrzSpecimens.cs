namespace Checkpoint.Core.Tests.Documents;

/// <summary>MRZs for the tests: the ICAO Doc 9303 specimens, and made-up ones whose check digits were computed by hand.</summary>
internal static class MrzSpecimens
{
    /// <summary>The day the tests read as "today", so birth-date centuries do not move with the clock.</summary>
    public static readonly DateOnly Today = new(2025, 6, 1);

    // Doc 9303 Part 4, Appendix (passport of Anna Maria Eriksson, Utopia).
    public const string Td3Line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    public const string Td3Line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    // Doc 9303 Part 5, Appendix (TD1 card).
    public const string Td1Line1 = "I<UTOD231458907<<<<<<<<<<<<<<<";
    public const string Td1Line2 = "7408122F1204159UTO<<<<<<<<<<<6";
    public const string Td1Line3 = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    // Doc 9303 Part 6, Appendix (TD2).
    public const string Td2Line1 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<";
    public const string Td2Line2 = "D231458907UTO7408122F1204159<<<<<<<6";

    // Doc 9303 Part 7, Appendix (MRV-A and MRV-B visas; birth 1940, expiry printed as 96).
    public const string MrvALine1 = "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    public const string MrvALine2 = "L8988901C4XXX4009078F96121096ZE184226B<<<<<<";
    public const string MrvBLine1 = "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<";
    public const string MrvBLine2 = "L8988901C4XXX4009078F9612109<<<<<<<<";

    // German passport specimen (Erika Mustermann): one-letter state "D", no personal number, its check digit '<'.
    public const string GermanTd3Line1 = "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<";
    public const string GermanTd3Line2 = "C11T002JM4D<<9608122F1310317<<<<<<<<<<<<<<<6";

    // Made up: a holder with no surname; no personal number, its check digit '<'.
    public const string BurmeseLine1 = "P<MMR<<AUNG<KYAW<MOE<<<<<<<<<<<<<<<<<<<<<<<<";
    public const string BurmeseLine2 = "MA12345672MMR8503150M3001019<<<<<<<<<<<<<<<6";

    // Made up: TD1 with the 12-character number D23145890734 (check digit 9) and optional data "ABC" after it.
    public const string Td1LongLine1 = "I<UTOD23145890<7349<ABC<<<<<<<";
    public const string Td1LongLine2 = "7408122F1204159UTO<<<<<<<<<<<1";

    // Made up: TD2 with the same long number continuing in the optional data (Doc 9303 Part 6 note j).
    public const string Td2LongLine2 = "D23145890<UTO7408122F12041597349<<<2";

    public static string Td3 => Join(Td3Line1, Td3Line2);
    public static string Td1 => Join(Td1Line1, Td1Line2, Td1Line3);
    public static string Td2 => Join(Td2Line1, Td2Line2);

    public static string Join(params string[] lines) => string.Join('\n', lines);

    /// <summary>The line with the character at 1-based <paramref name="position"/> replaced.</summary>
    public static string Replace(string line, int position, char c)
    {
        Assert.NotEqual(c, line[position - 1]);
        return string.Concat(line.AsSpan(0, position - 1), c.ToString(), line.AsSpan(position));
    }
}
