using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Sanctions.Core.IO;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.World;

namespace Sanctions.Core.Serialization;

// DTO → model. Checks every value, reports each problem with its path (and line, for JSON Lines), and adds what it could
// read to a WorldBuilder, remembering where each item came from so that the builder's problems can be placed too.
// Each family of records is mapped in a file of its own (WorldDtoReader.Parties.cs, .Regimes.cs, .Relations.cs), and the
// values inside them in WorldDtoReader.Values.cs.
internal sealed partial class WorldDtoReader
{
    private static readonly InstantPattern InstantText = InstantPattern.ExtendedIso;

    private readonly WorldReadOptions options;
    private readonly bool lines;
    private readonly WorldBuilder builder = new();
    private readonly List<WorldFormatProblem> problems = [];
    private readonly List<int>?[] origins = new List<int>?[WorldCollections.Count];
    private readonly HashSet<string> droppedIds = new(StringComparer.Ordinal);

    // The element mappers, made once rather than as a delegate per call.
    private readonly Func<NameDto, Loc, PartyName?> name;
    private readonly Func<IdentifierDto, Loc, Identifier?> identifier;
    private readonly Func<AddressDto, Loc, Address?> address;

    private readonly LastSeen<ProgramId> programsSeen = new();
    private readonly LastSeen<MeasureKind> measuresSeen = new();
    private readonly LastSeen<InstrumentId> basisSeen = new();
    private readonly LastSeen<string> countriesSeen = new();
    private readonly LastSeen<string> nationalitiesSeen = new();

    // shared: what the readers of one input share (the readers of its blocks or batches); a new set when null.
    public WorldDtoReader(WorldReadOptions? options, bool lines, SharedFacts? shared = null)
    {
        this.options = options ?? WorldReadOptions.Default;
        this.lines = lines;
        Shared = shared ?? new SharedFacts();
        name = Name;
        identifier = Identifier;
        address = Address;
    }

    public SharedFacts Shared { get; }

    // The 1-based line being read (JSON Lines only).
    public int? Line { get; set; }

    // At most this many problems are kept: a file of a million bad values would otherwise make a million, and a table
    // of them nobody reads. The rest are counted, and the last problem listed says how many.
    public const int MaxProblems = 1000;

    private int omitted;

    public bool HasProblems => problems.Count > 0;

    // The exception a failed read throws: every problem kept, and how many more were counted but not listed.
    public WorldFormatException Failure(string? sourceName) => new(Problems, sourceName, omitted);

    public List<WorldFormatProblem> Problems => omitted == 0
        ? problems
        : [.. problems, new WorldFormatProblem("$", null, string.Create(CultureInfo.InvariantCulture,
            $"… and {omitted} more problem(s), not listed: a read lists its first {MaxProblems}."))];

    public void Problem(string path, string message) => Problem(path, Line, message);

    // Messages quote values from the file: they are cut to a readable length, control characters escaped.
    public void Problem(string path, int? line, string message)
    {
        if (problems.Count < MaxProblems)
        {
            problems.Add(new WorldFormatProblem(MessageText.Value(path, MessageText.MaxMessage), line, MessageText.Message(message)));
        }
        else
        {
            omitted++;
        }
    }

    public void Dataset(DatasetDto? dto, Loc loc)
    {
        if (dto is null)
        {
            return;
        }

        Unknown(dto, loc);
        var name = Required(dto.Name, loc, Fields.Name.Value);
        var published = Instant(dto.Published, loc, Fields.Published.Value);
        if (name is not null)
        {
            builder.Dataset = new DatasetInfo(name, Empty(dto.Version), published, Empty(dto.Description));
        }
    }

    // Reports a property that JSON Lines records carry but the document form does not.
    public void NoRecordKind(string? recordKind, Loc loc)
    {
        if (recordKind is not null && !options.IgnoreUnknownProperties)
        {
            Problem(loc.At(Fields.Kind.Value), "Unknown property 'kind': only JSON Lines records have a kind; in the document form the array says what an item is.");
        }
    }

    // Takes over what another reader read from the part of the input that follows all this one has read: its items (in
    // their order, after this reader's), its problems, and where its items came from. The other reader is not used again.
    public void Absorb(WorldDtoReader other)
    {
        builder.AddFrom(other.builder);
        var room = Math.Max(0, MaxProblems - problems.Count);
        problems.AddRange(other.problems.Take(room));
        omitted += other.omitted + Math.Max(0, other.problems.Count - room);
        for (var c = 0; c < origins.Length; c++)
        {
            if (other.origins[c] is not { } list)
            {
                continue;
            }

            if (origins[c] is not { } mine)
            {
                origins[c] = list;
            }
            else
            {
                mine.AddRange(list);
            }
        }

        droppedIds.UnionWith(other.droppedIds);
    }

    // Builds the world once everything is read; every problem (the reader's and the builder's) goes into one exception.
    public SanctionsWorld Finish(string? sourceName)
    {
        if (!builder.TryBuild(out var world, out var builderProblems))
        {
            foreach (var p in builderProblems)
            {
                Place(p);
            }
        }

        if (problems.Count > 0 || world is null)
        {
            throw Failure(sourceName);
        }

        return world;
    }

    // Places a builder problem (collection, index in order of addition, field) at the path and line of the item it names.
    private void Place(WorldProblem p)
    {
        // A reference to an item that could not be read has already been reported at that item.
        if (p.UnknownReference is { } unknown && droppedIds.Contains(unknown))
        {
            return;
        }

        var (path, line, _) = Describe(p.Collection, p.Index);
        var message = p.Message;
        if (p.Related is { } related)
        {
            message = message.Replace(WorldProblem.Name(p.Collection, related), Describe(p.Collection, related).Text, StringComparison.Ordinal);
        }

        if (p.Field is { } field)
        {
            path += "." + field;
        }

        Problem(path, line, message);
    }

    private (string Path, int? Line, string Text) Describe(WorldCollection collection, int index)
    {
        var list = origins[(int)collection];
        if (list is null || index >= list.Count)
        {
            return ("$", null, WorldProblem.Name(collection, index));
        }

        var origin = list[index];
        var name = WorldCollections.Name(collection);
        return lines
            ? ("$", origin, string.Create(CultureInfo.InvariantCulture, $"line {origin}"))
            : (string.Create(CultureInfo.InvariantCulture, $"$.{name}[{origin}]"), null, string.Create(CultureInfo.InvariantCulture, $"$.{name}[{origin}]"));
    }

    // Remembers where the next item added to a collection came from, so that the builder's problems can be placed.
    private void Origin(WorldCollection collection, Loc loc)
    {
        if (origins[(int)collection] is not { } list)
        {
            origins[(int)collection] = list = [];
        }

        list.Add(lines ? Line ?? 0 : loc.Index);
    }

    private void AddConstructed<T>(WorldCollection collection, Loc loc, string? id, Func<T> construct, Action<T> add)
        where T : class
    {
        var item = Construct(loc, construct);
        if (item is null)
        {
            Dropped(id);
            return;
        }

        Origin(collection, loc);
        add(item);
    }

    // The model's constructors check the rest (codes, periods, self-relations); their message says what is wrong.
    private T? Construct<T>(Loc loc, Func<T> construct)
        where T : class
    {
        try
        {
            return construct();
        }
        catch (ArgumentException e)
        {
            Rejected(loc, e);
            return null;
        }
    }

    private void Rejected(Loc loc, ArgumentException e)
    {
        var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
        Problem(loc.At(), message);
    }

    private void Dropped(string? id)
    {
        if (id is not null)
        {
            droppedIds.Add(id);
        }
    }

    private void Unknown(ExtensibleDto dto, Loc loc)
    {
        if (dto.Extra is not { Count: > 0 } extra || options.IgnoreUnknownProperties)
        {
            return;
        }

        foreach (var name in extra.Keys.Order(StringComparer.Ordinal))
        {
            Problem(loc.At(name), $"Unknown property '{name}'.");
        }
    }
}
