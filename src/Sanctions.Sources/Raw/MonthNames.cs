namespace Sanctions.Sources.Raw;

// The English month names the lists write dates with, January first, in lower case: OFAC cuts them to three letters
// (Ofac/OfacDates), the UN's notes give them whole or cut (Un/UnDateNotes). Each reader keeps its own rule for matching.
internal static class MonthNames
{
    public static readonly string[] English =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
}
