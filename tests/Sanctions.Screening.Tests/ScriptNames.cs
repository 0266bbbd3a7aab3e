using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Parties;
using Sanctions.Core.Testing;
using Sanctions.Core.World;

namespace Sanctions.Screening.Tests;

/// <summary>
/// Generated worlds whose persons are named in the scripts the generic generators of Sanctions.Core.Testing do not write
/// (Armenian, Georgian, Hiragana, Katakana) and in the others the analysis handles (Greek, Hebrew, Arabic, Hangul, Han), the
/// way each is written: common given and family names combined at random (no real person is meant), kana with a space, an
/// ideographic space, a middle dot or nothing between the parts, half-width katakana as old bank systems write it.
/// </summary>
internal static class ScriptNames
{
    private sealed record Culture(string Script, string Language, string[] Given, string[] Family, string[] Joiners, bool FamilyFirst);

    private static readonly Culture[] Cultures =
    [
        new("Armn", "hy", ["Արամ", "Նարեկ", "Անի", "Տիգրան", "Լուսինե", "Գևորգ", "Մարիամ", "Հայկ", "Արմեն", "Սոնա"],
            ["Պետրոսյան", "Հովհաննիսյան", "Սարգսյան", "Խաչատրյան", "Գրիգորյան", "Կարապետյան", "Մկրտչյան", "Հարությունյան"], [" "], false),
        new("Geor", "ka", ["გიორგი", "ნინო", "დავით", "თამარ", "ლევან", "მარიამ", "ირაკლი", "ეკა", "ზურაბ", "ნათია"],
            ["ბერიძე", "კაპანაძე", "გელაშვილი", "მაისურაძე", "ლომიძე", "ჩხეიძე", "ხარაიშვილი", "წიკლაური"], [" "], false),
        new("Hira", "ja", ["さくら", "ひろし", "ゆうき", "はるか", "たろう", "あおい", "しょうた", "みゆき"],
            ["やまだ", "たなか", "すずき", "さとう", "わたなべ", "いとう", "こばやし", "なかむら"], [" ", "\u3000", ""], true),
        new("Kana", "ja", ["タロウ", "ハナコ", "ケンジ", "ユミ", "ショウタ", "ミサキ", "ダイスケ", "ヨウコ"],
            ["ヤマダ", "タナカ", "スズキ", "ワタナベ", "サトウ", "イトウ", "コバヤシ", "ナカムラ"], [" ", "\u3000", "・"], true),
        new("Kana", "ja", ["ｶﾞｸ", "ﾀﾛｳ", "ﾕｳｷ", "ｹﾝｼﾞ"], ["ﾔﾏﾀﾞ", "ﾀﾅｶ", "ｻﾄｳ", "ｽｽﾞｷ"], [" "], true),
        new("Kana", "ja", ["ウラジーミル", "セルゲイ", "アレクサンドル", "ドミトリー", "ミハイル"],
            ["イワノフ", "ペトロフ", "スミルノフ", "ヴォルコフ", "モロゾフ"], ["・", "=", " "], false),
        new("Grek", "el", ["Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης", "Αικατερίνη"], ["Παπαδόπουλος", "Παππάς", "Οικονόμου", "Γεωργίου"], [" "], false),
        new("Hebr", "he", ["דוד", "שרה", "משה", "רחל", "יוסף", "לאה"], ["כהן", "לוי", "מזרחי", "פרץ", "ביטון"], [" "], false),
        new("Arab", "ar", ["محمد", "أحمد", "علي", "فاطمة", "يوسف", "إبراهيم"], ["العلي", "الحسن", "الخطيب", "النجار", "البغدادي"], [" "], false),
        new("Hang", "ko", ["민준", "서연", "지훈", "하은"], ["김", "이", "박", "최", "정"], ["", " "], true),
        new("Hani", "zh", ["伟", "芳", "秀英", "敏", "强"], ["王", "李", "张", "刘", "陈"], [""], true),
    ];

    /// <summary>A world of <see cref="SanctionsGen.World()"/> whose persons' names are all rewritten in these scripts.</summary>
    public static Gen<SanctionsWorld> World() =>
        from world in SanctionsGen.World()
        from seed in Gen.Choose(0, int.MaxValue)
        select Rename(world, new Random(seed));

    /// <summary>The scripts these names are written in (a person's name of <see cref="World"/> is in one, unless it repeated one of the party's).</summary>
    public static string[] Scripts { get; } = [.. Cultures.Select(c => c.Script).Distinct()];

    private static SanctionsWorld Rename(SanctionsWorld world, Random random)
    {
        var builder = new WorldBuilder { Dataset = world.Dataset };
        foreach (var party in world.Parties)
        {
            builder.AddParty(party.Kind == PartyKind.Person ? party with { Names = [.. Names(party.Names, random)] } : party);
        }

        world.Authorities.ToList().ForEach(x => builder.AddAuthority(x));
        world.Instruments.ToList().ForEach(x => builder.AddInstrument(x));
        world.Programs.ToList().ForEach(x => builder.AddProgram(x));
        world.Lists.ToList().ForEach(x => builder.AddList(x));
        world.Designations.ToList().ForEach(x => builder.AddDesignation(x));
        world.CountryMeasures.ToList().ForEach(x => builder.AddCountryMeasure(x));
        world.Treaties.ToList().ForEach(x => builder.AddTreaty(x));
        world.TreatyActions.ToList().ForEach(x => builder.AddTreatyAction(x));
        world.Memberships.ToList().ForEach(x => builder.AddMembership(x));
        world.Relations.ToList().ForEach(x => builder.AddRelation(x));
        world.Positions.ToList().ForEach(x => builder.AddPosition(x));
        return builder.Build();
    }

    // Each name in a culture drawn at random, kept apart from the party's other names (a repeat keeps the name as it was).
    private static IEnumerable<PartyName> Names(IEnumerable<PartyName> names, Random random)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var c = Cultures[random.Next(Cultures.Length)];
            var given = c.Given[random.Next(c.Given.Length)];
            var family = c.Family[random.Next(c.Family.Length)];
            var joiner = c.Joiners[random.Next(c.Joiners.Length)];
            var value = c.FamilyFirst ? family + joiner + given : given + joiner + family;
            var renamed = seen.Add(value) ? name with { Value = value, Script = c.Script, Language = c.Language } : name;
            yield return renamed;
        }
    }
}
