namespace Sanctions.Core.Testing;

// The one set of pools every generator of this package draws from (the FsCheck generators in SanctionsGen, WorldGenerator
// behind SanctionsGen.World, SyntheticWorld for benchmarks): names, places, authorities, statuses, stakes and the way
// regimes are named, so that the worlds they make look alike and a pool is changed in one place.
// Given and family names from many cultures and scripts are common names, combined at random: no generated party is meant
// to be a real person or company.
internal static class Pools
{
    // Authorities: user-assigned ISO codes (XA–XD name no real state) and bodies under them.
    public static readonly string[] AuthorityCodes = ["XA", "XA-FIN", "XA-STATE", "XA-TRADE", "XB", "XB-COUNCIL", "XC", "XC-UN"];

    // Countries of addresses and identifiers: the same user-assigned codes.
    public static readonly string[] Countries = ["XA", "XB", "XC", "XD"];

    // Membership statuses: the well-known ones and some an organisation might invent.
    public static readonly string[] MembershipStatuses = ["member", "observer", "dialogue partner", "partner", "applicant", "suspended", "associate member", "guest"];

    // Ownership stakes in percent, with the thresholds the rules test (50, 51, 49, 25) and a fraction.
    public static readonly decimal[] Stakes = [100m, 50m, 51m, 49m, 25m, 33.33m, 10m, 5m, 75m, 20m, 60m, 0.5m];

    public static readonly string[] IdentifierSchemes = ["passport", "national-id", "imo", "lei", "tax-id", "registration", "list-ref"];

    // How an authority's regime is named: "XA-instr-1" / "Instrument 1 of XA", "XA-PROG-1", "XA-list-1"; n counts from 1.
    public static string AuthorityName(string code) => $"Authority of {code}";

    public static InstrumentIdAndTitle Instrument(string code, int n) =>
        new(new Regimes.InstrumentId(SanctionsGen.Text($"{code}-instr-{n}")), SanctionsGen.Text($"Instrument {n} of {code}"));

    public static Regimes.ProgramId ProgramId(string code, int n) => new(SanctionsGen.Text($"{code}-PROG-{n}"));

    public static string ProgramName(string code, int n) => SanctionsGen.Text($"Program {n} of {code}");

    public static Regimes.ListId ListId(string code, int n) => new(SanctionsGen.Text($"{code}-list-{n}"));

    public static string ListName(string code, int n) => SanctionsGen.Text($"List {n} of {code}");

    // Treaty n: "treaty-n", "Treaty on Energy Cooperation n" (the number keeps names apart).
    public static Treaties.TreatyId TreatyId(int n) => new(SanctionsGen.Text($"treaty-{n}"));

    public static string TreatyName(Rng rng, int n) => SanctionsGen.Text($"Treaty on {rng.Pick(CompanyWords)} Cooperation {n}");

    public readonly record struct InstrumentIdAndTitle(Regimes.InstrumentId Id, string Title);

    public static readonly Culture[] Cultures =
    [
        new("en", "Latn", ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Susan", "William", "Margaret", "Thomas", "Karen", "Charles", "Sarah"],
            ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Green", "Baker", "Clarke", "Hall"], false),
        new("es", "Latn", ["José", "María", "Juan", "Carmen", "Luis", "Ana", "Carlos", "Lucía", "Jorge", "Isabel", "Andrés", "Paula", "Raúl", "Elena"],
            ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez"], false),
        new("fr", "Latn", ["Jean", "Marie", "Pierre", "Françoise", "Michel", "Hélène", "André", "Cécile", "Éric", "Nathalie", "François", "Joëlle"],
            ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Lefèvre", "Girard"], false),
        new("de", "Latn", ["Hans", "Anna", "Jürgen", "Ursula", "Klaus", "Renate", "Günter", "Brigitte", "Stefan", "Sabine", "Jörg", "Käthe"],
            ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Größer", "Krüger"], false),
        new("tr", "Latn", ["Mehmet", "Ayşe", "Mustafa", "Fatma", "Ahmet", "Emine", "Ali", "Hatice", "Hüseyin", "Zeynep", "İbrahim", "Şükrü"],
            ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan"], false),
        new("vi", "Latn", ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Linh", "Minh", "Nam", "Phương"],
            ["Nguyễn Văn", "Trần Thị", "Lê Văn", "Phạm Thị", "Hoàng Minh", "Huỳnh Đức", "Võ Thị", "Đặng Quốc"], true),
        new("ru", "Cyrl", ["Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Ольга", "Елена", "Татьяна", "Наталья", "Ирина", "Юрий", "Михаил", "Владимир", "Светлана"],
            ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев"], false),
        new("uk", "Cyrl", ["Олександр", "Оксана", "Іван", "Марія", "Петро", "Наталія", "Богдан", "Ганна", "Тарас", "Юлія"],
            ["Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник", "Мельник", "Бойко", "Лисенко", "Савченко"], false),
        new("ar", "Arab", ["محمد", "أحمد", "علي", "حسن", "خالد", "عمر", "فاطمة", "عائشة", "مريم", "يوسف", "إبراهيم", "سعيد"],
            ["العلي", "الحسن", "الخطيب", "النجار", "الحداد", "المصري", "الشامي", "البغدادي", "العبدالله", "الزين", "السيد", "القاسم"], false),
        new("fa", "Arab", ["رضا", "مهدی", "حسین", "زهرا", "مریم", "علی‌رضا", "محمدرضا", "فاطمه", "سارا", "امیر"],
            ["حسینی", "محمدی", "رضایی", "احمدی", "کریمی", "موسوی", "جعفری", "قاسمی", "رحیمی", "صادقی"], false),
        new("zh", "Hani", ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰"],
            ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱"], true),
        new("ko", "Hang", ["민준", "서연", "지훈", "지민", "현우", "수빈", "도윤", "하은", "준서", "예린"],
            ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"], true),
        new("ja", "Jpan", ["太郎", "花子", "健", "美咲", "大輔", "陽子", "翔", "由美", "誠", "恵"],
            ["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤"], true),
        new("el", "Grek", ["Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης", "Αικατερίνη", "Κώστας", "Σοφία"],
            ["Παπαδόπουλος", "Παππάς", "Οικονόμου", "Γεωργίου", "Νικολάου", "Βασιλείου", "Ιωάννου", "Δημητρίου"], false),
        new("he", "Hebr", ["דוד", "שרה", "משה", "רחל", "יוסף", "לאה", "אברהם", "מרים"],
            ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "שפירא"], false),
        new("hi", "Deva", ["राजेश", "सुनीता", "अमित", "प्रिया", "विजय", "अनीता", "संजय", "पूजा"],
            ["शर्मा", "वर्मा", "गुप्ता", "सिंह", "कुमार", "पटेल", "यादव", "जोशी"], false),
        new("sw", "Latn", ["Amani", "Baraka", "Juma", "Neema", "Rehema", "Hamisi", "Zawadi", "Imani"],
            ["Mwangi", "Otieno", "Kamau", "Wanjiru", "Ochieng", "Njoroge", "Mutua", "Kiprono"], false),
    ];

    public static readonly string[] CompanyWords =
    [
        "Atlas", "Northern", "Global", "Pacific", "Caspian", "Meridian", "Orion", "Baltic", "Sahara", "Amber", "Granite", "Falcon", "Cedar", "Delta",
        "Summit", "Harbor", "Aurora", "Silk Road", "Steppe", "Coral", "Zenith", "Polar", "Crescent", "Vanguard", "Horizon", "Sterling", "Orient",
        "Nova", "Titan", "Ural", "Volga", "Tigris", "Indus", "Andes", "Danube", "Rhine", "Nile", "Yangtze", "Mekong", "Amur",
    ];

    public static readonly string[] CompanyTrades =
    [
        "Trading", "Shipping", "Logistics", "Energy", "Petroleum", "Metals", "Engineering", "Holdings", "Investments", "Industries", "Technologies",
        "Aviation", "Marine", "Mining", "Chemicals", "Electronics", "Finance", "Construction", "Agro", "Defence Systems",
    ];

    public static readonly string[] CompanyForms = ["LLC", "Ltd", "JSC", "GmbH", "S.A.", "FZE", "Co.", "PJSC", "Inc.", "Sdn Bhd", "Pte Ltd", "LLP"];

    public static readonly string[] ForeignCompanyNames =
    [
        "ООО «Северный Путь»", "АО «Уралтехснаб»", "ОАО «Балтийская Верфь»", "شركة النور للتجارة", "مؤسسة الفجر للصناعات", "شرکت پارس صنعت",
        "北方贸易有限公司", "华东物流集团", "东方能源有限公司", "한빛무역", "대성해운", "株式会社東洋商事", "Ακτή Ναυτιλιακή", "חברת הגליל",
    ];

    // Parts for company names in other scripts: a legal form and words, combined as the script's usage has it.
    public static readonly (string Script, string Language, string Form, string[] Words, bool Chinese)[] ForeignCompanyParts =
    [
        ("Cyrl", "ru", "ООО", ["Северный", "Уральский", "Балтийский", "Технологии", "Снаб", "Транс", "Инвест", "Промышленный", "Энерго", "Восток"], false),
        ("Arab", "ar", "شركة", ["النور", "الفجر", "الخليج", "التجارة", "الصناعات", "الشرق", "الأمل", "البحر", "النفط", "الهندسة"], false),
        ("Arab", "fa", "شرکت", ["پارس", "صنعت", "نفت", "تجارت", "البرز", "خلیج", "مهندسی", "آریا"], false),
        ("Hani", "zh", "有限公司", ["北方", "华东", "东方", "贸易", "物流", "能源", "科技", "海运", "机械", "国际"], true),
    ];

    public static readonly string[] VesselWords =
    [
        "Ocean", "Star", "Sea", "Pearl", "Wind", "Spirit", "Glory", "Fortune", "Wave", "Dawn", "Eagle", "Phoenix", "Dragon", "Lotus", "Jasmine",
        "Harmony", "Victory", "Liberty", "Marlin", "Albatross",
    ];

    public static readonly string[] VesselTypes = ["Crude Oil Tanker", "Bulk Carrier", "General Cargo", "Container Ship", "Chemical Tanker", "LPG Tanker"];

    public static readonly string[] AircraftModels = ["Airbus A320", "Boeing 747-400", "Boeing 737-800", "Ilyushin Il-76", "Antonov An-124", "Tupolev Tu-204", "Airbus A340"];

    public static readonly string[] OrganizationCategories = ["company", "public body", "armed forces", "ministry", "bank", "foundation"];

    public static readonly string[] Titles = ["Director", "Chairman", "Minister", "Deputy Minister", "General Director", "Commander", "Governor", "Board Member"];

    public static readonly string[] Cities = ["Aldmoor", "Brenvik", "Castara", "Dunmere", "Eskarra", "Ferrowyn", "Galesh", "Hollin", "Istrava", "Jorvale"];

    public static readonly string[] Streets = ["Harbour Road", "Station Street", "Industrial Avenue", "Market Square", "River Lane", "Ring Road"];

    public sealed record Culture(string Language, string Script, string[] Given, string[] Family, bool FamilyFirst)
    {
        public string Name(string given, string family) =>
            Script is "Hani" or "Jpan" or "Hang" ? family + given : FamilyFirst ? family + " " + given : given + " " + family;
    }
}
