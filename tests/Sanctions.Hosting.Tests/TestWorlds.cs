using Sanctions.Core.Parties;
using Sanctions.Core.Serialization;
using Sanctions.Core.Testing;
using Sanctions.Core.World;

namespace Sanctions.Hosting.Tests;

/// <summary>World files in a temporary folder: the seed world, and the seed world with one more party (another content hash).</summary>
internal sealed class TestWorlds : IDisposable
{
    public static readonly PartyId Iran = new("iso:IR");
    public static readonly PartyId Rosoboronexport = new("org:rosoboronexport");
    public static readonly PartyId Extra = new("org:hosting-test-extra");

    public TestWorlds()
    {
        Directory.CreateDirectory(Folder);
    }

    public static SanctionsWorld Seed => SeedWorld.Load();

    public static SanctionsWorld SeedPlusOne { get; } =
        new WorldBuilder(SeedWorld.Load()).AddParty(new Organization(Extra, [new PartyName("Hosting Test Extra LLC")])).Build();

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "sanctions-hosting-tests", Guid.NewGuid().ToString("N"));

    public string PathOf(string name) => System.IO.Path.Combine(Folder, name);

    /// <summary>Writes a world to a file the way a publisher should: beside it, then renamed over it.</summary>
    public string Write(string name, SanctionsWorld world)
    {
        var path = PathOf(name);
        var temporary = path + ".tmp" + Path.GetExtension(name);
        File.WriteAllText(temporary, name.EndsWith(".jsonl", StringComparison.Ordinal) ? WorldJson.SerializeLines(world) : WorldJson.Serialize(world));
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    public string WriteText(string name, string text)
    {
        var path = PathOf(name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
