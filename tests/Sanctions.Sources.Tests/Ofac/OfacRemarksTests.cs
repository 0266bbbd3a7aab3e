using Sanctions.Core.Parties;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ofac;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Tests.Ofac;

public sealed class OfacRemarksTests
{
    private static ListEntry Apply(string remarks, List<string>? warnings = null)
    {
        var entry = new ListEntry("1", EntryKind.Individual, "X", new SourceLocation("t"));
        OfacRemarks.Apply(remarks, entry, w => warnings?.Add(w));
        return entry;
    }

    [Fact]
    public void Apply_PersonItems_BecomeDatesPlacesAndIdentifiers()
    {
        var entry = Apply("DOB 28 Jul 1963; POB Toledo District, Belize; Passport P0017003 (Belize); SSN 561-77-9011 (United States); a.k.a. 'BURTON BURGESS'.");
        Assert.Equal(new SourceDate(1963, 7, 28), Assert.Single(entry.BirthDates).From);
        Assert.Equal("Toledo District, Belize", Assert.Single(entry.BirthPlaces));
        Assert.Contains(entry.Identifiers, i => i is { Type: "Passport", Number: "P0017003", Country: "Belize" });
        Assert.Contains(entry.Identifiers, i => i is { Type: "SSN", Number: "561-77-9011", Country: "United States" });
        Assert.Contains(entry.Names, n => n is { Value: "BURTON BURGESS", Kind: EntryNameKind.WeakAlias });
    }

    [Fact]
    public void Apply_AltPrefix_AddsASecondValue()
    {
        var entry = Apply("DOB 12 Dec 1952; alt. DOB 24 Nov 1955.");
        Assert.Equal([new SourceDate(1952, 12, 12), new SourceDate(1955, 11, 24)], entry.BirthDates.Select(d => d.From));
    }

    [Fact]
    public void Apply_WeakAliasWithApostrophes_StripsOnlyOuterQuotes()
    {
        var entry = Apply("a.k.a. ''ABDUL-GHANI'; a.k.a. 'AL-WARD, 'Abd'.");
        Assert.Equal(["'ABDUL-GHANI", "AL-WARD, 'Abd"], entry.Names.Skip(1).Select(n => n.Value));
    }

    [Fact]
    public void Apply_IdentifierWithRegionAndDates_SplitsAllParts()
    {
        var entry = Apply("Driver's License No. 123 (Connecticut) (United States) issued 01 Jan 2010 expires 01 Jan 2020.");
        var id = Assert.Single(entry.Identifiers);
        Assert.Equal("Driver's License No.", id.Type);
        Assert.Equal("123", id.Number);
        Assert.Equal("United States", id.Country);
        Assert.Equal("Connecticut", id.Note);
        Assert.Equal(new SourceDate(2010, 1, 1), id.Issued!.From);
        Assert.Equal(new SourceDate(2020, 1, 1), id.Expires!.From);
    }

    [Fact]
    public void Apply_VesselItems_GiveImoAndLinks()
    {
        var entry = Apply("Former Vessel Flag Tuvalu; Vessel Registration Identification IMO 9569205; Linked To: NATIONAL IRANIAN TANKER COMPANY.");
        Assert.Contains(entry.Identifiers, i => i is { Type: "IMO", Number: "9569205" });
        Assert.Equal("NATIONAL IRANIAN TANKER COMPANY", Assert.Single(entry.LinkedTo));
        Assert.Contains(entry.Facts, f => f is { Key: "Former Vessel Flag", Value: "Tuvalu" });
    }

    [Fact]
    public void Apply_DigitalCurrencyAddress_KeepsCurrencyInType()
    {
        var entry = Apply("Digital Currency Address - XBT 12udabs2TkX7NXCSj6KpqXfakjE52ZPLhz.");
        var id = Assert.Single(entry.Identifiers);
        Assert.Equal("Digital Currency Address - XBT", id.Type);
        Assert.Equal("12udabs2TkX7NXCSj6KpqXfakjE52ZPLhz", id.Number);
    }

    [Fact]
    public void Apply_UnknownText_IsKeptAsFact()
    {
        var entry = Apply("ICTY indictee at large; Additional Sanctions Information - Subject to Secondary Sanctions.");
        Assert.Contains(entry.Facts, f => f is { Key: "", Value: "ICTY indictee at large" });
        Assert.Contains(entry.Facts, f => f is { Key: "Additional Sanctions Information", Value: "Subject to Secondary Sanctions" });
    }

    [Fact]
    public void Apply_BadBirthDate_WarnsAndKeepsText()
    {
        var warnings = new List<string>();
        var entry = Apply("DOB sometime in the sixties.", warnings);
        Assert.Empty(entry.BirthDates);
        Assert.Equal(new EntryDateText("sometime in the sixties", false), Assert.Single(entry.BirthDateTexts));
        Assert.Single(warnings);
    }

    [Fact]
    public void Apply_ContactDetails_AreContactsNotIdentifiers()
    {
        var entry = Apply("Telephone No. 98 21 88 99 00 11; Fax No. 98 21 88 99 00 12; Email Address info@example.ir; Website www.example.ir; Passport A1234567 (Iran).", []);

        Assert.Equal(
            [new EntryContact(ContactKind.Phone, "98 21 88 99 00 11"), new EntryContact(ContactKind.Fax, "98 21 88 99 00 12"),
                new EntryContact(ContactKind.Email, "info@example.ir"), new EntryContact(ContactKind.Website, "www.example.ir")],
            entry.Contacts);
        Assert.Equal("Passport", Assert.Single(entry.Identifiers).Type);
    }
}
