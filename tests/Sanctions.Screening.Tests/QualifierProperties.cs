using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Screening.Tests;

/// <summary>
/// Unknown is not no in the qualifiers: a country not known here and a birth date given only as words take no part; a listed
/// "circa" date is an interval, a listed range its interval.
/// </summary>
public sealed class QualifierProperties
{
    private static readonly ScreeningOptions O = ScreeningOptions.Default;

    private static readonly string[] Names = ["PUTIN, Vladimir Vladimirovich", "AL-BASHIR, Omar Hassan", "ROGOZIN, Dmitry Olegovich", "KIM, Jong Un"];

    // Texts that name no country: made-up places, unassigned alpha-2 and alpha-3 codes, a typo.
    private static readonly string[] NotCountries = ["Atlantis", "XX", "Afghanstan", "Narnia", "zz", "Sudann", "XXX", "QQQ", "Q1", "-"];

    // What a list keeps as text when no code fits: the UN's "na" (not available, in lower case: not Namibia's code NA).
    private static readonly string[] ListedTexts = ["na", "and", "stateless", "Region: Crimea", "former Soviet Union", "unknown"];

    // Recognised countries as a query or a list writes them, with their codes.
    private static readonly (string Text, string Code)[] Known =
        [("RU", "ru"), ("Russia", "ru"), ("SD", "sd"), ("Sudan", "sd"), ("IR", "ir"), ("Iran", "ir"), ("GB", "gb"), ("UK", "gb"), ("United Kingdom", "gb"), ("us", "us"), ("USA", "us"), ("IRN", "ir"), ("rus", "ru"), ("GBR", "gb"), ("Sdn", "sd")];

    private static readonly string[] ListedCodes = ["RU", "SD", "IR", "GB", "US", "RUS", "IRN", "Russia", "Palestinian"];

    private static Gen<string> NotCountry() => Gen.OneOf(
        Gen.Elements(NotCountries),
        Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz".ToCharArray()), 5).Select(c => "Q" + new string(c)).Where(s => !Screener.RecognisesCountry(s)));

    private static double Plain(Person person, string name) =>
        Screener.Build(Worlds.Of(person)).Screen(new ScreeningQuery(name, Worlds.Day) { MinScore = 0 }).Single().Score;

    private static ScreeningMatch One(Person person, string name, Func<ScreeningQuery, ScreeningQuery> with) =>
        Screener.Build(Worlds.Of(person)).Screen(with(new ScreeningQuery(name, Worlds.Day) { MinScore = 0 })).Single();

    [ScreeningProperty]
    public Property UnrecognisedQueryCountry_NeverChangesTheScore() => Prop.ForAll(
        (from name in Gen.Elements(Names)
         from listed in Gen.NonEmptyListOf(Gen.Elements(ListedCodes.Concat(ListedTexts).ToArray()))
         from asked in Gen.NonEmptyListOf(NotCountry())
         select (name, listed: listed.Distinct().ToArray(), asked: asked.ToArray())).ToArbitrary(),
        x =>
        {
            var person = new Person(new PartyId("p"), [new PartyName(x.name)], nationalities: x.listed);
            var match = One(person, x.name, q => q with { Countries = [.. x.asked] });
            Assert.False(Screener.RecognisesCountry(x.asked[0]), x.asked[0]);
            Assert.Equal(Plain(person, x.name), match.Score);
            Assert.DoesNotContain(match.Evidence, e => e.Feature == "country");
            Assert.Contains(match.Evidence, e => e.Feature == "country.not-evaluated" && e.Weight == 0 && e.Score == 0);
            Assert.Equal(match.Score, Evidence.Recompute(match.Evidence));
            Assert.Contains("country not evaluated", match.Explanation, StringComparison.Ordinal);
        });

    [ScreeningProperty]
    public Property ListedNonCountry_NeverCountsAgainst() => Prop.ForAll(
        (from name in Gen.Elements(Names)
         from listed in Gen.NonEmptyListOf(Gen.Elements(ListedTexts))
         from asked in Gen.NonEmptyListOf(Gen.Elements(Known.Select(k => k.Text).ToArray()))
         select (name, listed: listed.Distinct().ToArray(), asked: asked.ToArray())).ToArbitrary(),
        x =>
        {
            var person = new Person(new PartyId("p"), [new PartyName(x.name)], nationalities: x.listed);
            var match = One(person, x.name, q => q with { Countries = [.. x.asked] });
            Assert.Equal(Plain(person, x.name), match.Score);
            Assert.DoesNotContain(match.Evidence, e => e.Feature == "country");
            Assert.Contains(match.Evidence, e => e.Feature == "country.not-evaluated");
        });

    // The control: with a recognised country on both sides (among unrecognised ones), the qualifier agrees exactly when one is shared.
    [ScreeningProperty]
    public Property RecognisedCountries_DifferOnlyWhenNoneAgrees() => Prop.ForAll(
        (from name in Gen.Elements(Names)
         from listed in Gen.NonEmptyListOf(Gen.Elements(Known.Where(k => k.Text.Length == 2 && k.Text == k.Text.ToUpperInvariant()).ToArray()))
         from asked in Gen.NonEmptyListOf(Gen.Elements(Known))
         from noise in Gen.Elements(NotCountries)
         select (name, listed: listed.ToArray(), asked: asked.ToArray(), noise)).ToArbitrary(),
        x =>
        {
            var person = new Person(new PartyId("p"), [new PartyName(x.name)], nationalities: [.. x.listed.Select(k => k.Text), "na"]);
            var match = One(person, x.name, q => q with { Countries = [x.noise, .. x.asked.Select(k => k.Text)] });
            var agrees = x.asked.Any(a => x.listed.Any(l => l.Code == a.Code));
            var country = Assert.Single(match.Evidence, e => e.Feature.StartsWith("country", StringComparison.Ordinal));
            Assert.Equal(agrees ? 1 : -1, country.Score);
            Assert.Equal(agrees ? O.CountryMatch : O.CountryMismatch, country.Weight);
        });

    private static Gen<PartialDate> Date() =>
        from year in Gen.Choose(1930, 1995)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        from precision in Gen.Choose(0, 2)
        select precision switch { 0 => new PartialDate(year), 1 => new PartialDate(year, month), _ => new PartialDate(year, month, day) };

    private static Person Born(string name, PartialDate? date, params BirthDate[] facts) =>
        new(new PartyId("p"), [new PartyName(name)], birthDates: date is { } d ? [d] : []) { BirthDateFacts = [.. facts] };

    [ScreeningProperty]
    public Property ApproximateListedDate_WithinItsWidening_NeverCountsAgainst() => Prop.ForAll(
        (from name in Gen.Elements(Names)
         from listed in Date()
         from offset in Gen.Choose(-O.ApproximateBirthDateYears, O.ApproximateBirthDateYears)
         from exact in ArbMap.Default.GeneratorFor<bool>()
         select (name, listed, offset, exact)).ToArbitrary(),
        x =>
        {
            var person = Born(x.name, x.listed, new BirthDate(x.listed, approximate: true, text: "approximately " + x.listed));
            var year = x.listed.Year + x.offset;
            var asked = x.exact ? new PartialDate(year, x.listed.Month ?? 6, x.listed.Day ?? 15) : new PartialDate(year);
            var match = One(person, x.name, q => q with { BirthDate = asked });
            var birth = Assert.Single(match.Evidence, e => e.Feature == "birth-date");
            Assert.True(birth.Score >= 0, birth.ToString());
            Assert.True(match.Score >= Plain(person, x.name), match.ToString());
            Assert.Equal("circa " + x.listed, birth.Listed);
        });

    // The control: beyond the widening and the tolerance, a "circa" date still differs.
    [ScreeningProperty]
    public Property ApproximateListedDate_FarBeyondItsWidening_Differs() => Prop.ForAll(
        (from name in Gen.Elements(Names)
         from listed in Date()
         from beyond in Gen.Choose(O.ApproximateBirthDateYears + O.BirthDateToleranceYears + 2, 30)
         from later in ArbMap.Default.GeneratorFor<bool>()
         select (name, listed, offset: later ? beyond : -beyond)).ToArbitrary(),
        x =>
        {
            var person = Born(x.name, x.listed, new BirthDate(x.listed, approximate: true));
            var match = One(person, x.name, q => q with { BirthDate = new PartialDate(x.listed.Year + x.offset) });
            Assert.Equal(-1, Assert.Single(match.Evidence, e => e.Feature == "birth-date").Score);
        });

    [ScreeningProperty]
    public Property ListedRange_AQueryInside_Agrees() => Prop.ForAll(
        (from name in Gen.Elements(Names)
         from start in Gen.Choose(1930, 1990)
         from length in Gen.Choose(1, 6)
         from at in Gen.Choose(0, 6)
         select (name, start, length, at: start + Math.Min(at, length))).ToArbitrary(),
        x =>
        {
            // As the importers write a range: each year it spans as a plain date, and the range as one fact.
            var years = Enumerable.Range(x.start, x.length + 1).Select(y => new PartialDate(y)).ToArray();
            var person = new Person(new PartyId("p"), [new PartyName(x.name)], birthDates: years)
            {
                BirthDateFacts = [new BirthDate(new PartialDate(x.start), new PartialDate(x.start + x.length))],
            };
            var match = One(person, x.name, q => q with { BirthDate = new PartialDate(x.at, 3, 1) });
            var birth = Assert.Single(match.Evidence, e => e.Feature == "birth-date");
            Assert.Equal(1, birth.Score);
            Assert.Equal($"{x.start} to {x.start + x.length}", birth.Listed);
        });

    [ScreeningProperty]
    public Property FreeTextBirthDate_NeverChangesTheScore() => Prop.ForAll(
        (from name in Gen.Elements(Names)
         from texts in Gen.NonEmptyListOf(Gen.Elements("in the 1960s", "unknown", "approximately 1961 or 1962 (disputed)", "Nov. 19??"))
         from approximate in ArbMap.Default.GeneratorFor<bool>()
         from asked in Date()
         select (name, texts: texts.Distinct().ToArray(), approximate, asked)).ToArbitrary(),
        x =>
        {
            var person = Born(x.name, null, [.. x.texts.Select(t => new BirthDate(null, approximate: x.approximate, text: t))]);
            var match = One(person, x.name, q => q with { BirthDate = x.asked });
            Assert.Equal(Plain(person, x.name), match.Score);
            var birth = Assert.Single(match.Evidence, e => e.Feature.StartsWith("birth-date", StringComparison.Ordinal));
            Assert.Equal(("birth-date.not-evaluated", 0.0, 0.0), (birth.Feature, birth.Score, birth.Weight));
            Assert.Equal(string.Join("; ", x.texts), birth.Listed);
        });
}
