namespace Checkpoint.Core.Common;

/// <summary>How urgent a hit or alert is; ordered, higher is more severe.</summary>
public enum Severity { Unspecified = 0, Low = 1, Medium = 2, High = 3, Critical = 4 }

/// <summary>Why a person or document is listed.</summary>
public enum Category
{
    Unspecified = 0,
    Wanted = 1,
    TraffickingSuspect = 2,
    SmugglingSuspect = 3,
    MissingPerson = 4,
    PotentialVictim = 5,
    LostStolenDocument = 6,
    ForgedDocument = 7,
    Other = 8,
}

/// <summary>Sex as in ICAO 9303 travel documents.</summary>
public enum Sex { Unspecified = 0, Male = 1, Female = 2, Other = 3 }

/// <summary>What a watchlist entry describes.</summary>
public enum EntryKind { Unspecified = 0, Person = 1, Document = 2 }

/// <summary>A screening verdict, ordered from weakest to strongest.</summary>
public enum Decision { Unspecified = 0, Clear = 1, Review = 2, Hit = 3 }
