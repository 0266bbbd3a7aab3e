using Sanctions.Core.Serialization;
using Sanctions.Core.World;
using Xunit;

namespace Sanctions.Core.Tests.Serialization;

/// <summary>
/// Round-trip checks for any world, in both forms. Call <see cref="AssertRoundTrips"/> from a property test over generated
/// worlds: it writes the world as a document and as JSON Lines, reads each back, and checks that the result is the same
/// world and that writing it again gives the same bytes.
/// </summary>
public static class WorldRoundTrip
{
    /// <summary>Asserts that <paramref name="world"/> survives a write and a read in both forms, byte for byte on the second write.</summary>
    /// <param name="world">Any valid world.</param>
    public static void AssertRoundTrips(SanctionsWorld world)
    {
        var document = WorldJson.Serialize(world);
        var fromDocument = WorldJson.Deserialize(document);
        AssertEqual(world, fromDocument);
        Assert.Equal(document, WorldJson.Serialize(fromDocument));

        var lines = WorldJson.SerializeLines(world);
        var fromLines = WorldJson.DeserializeLines(lines);
        AssertEqual(world, fromLines);
        Assert.Equal(lines, WorldJson.SerializeLines(fromLines));
        Assert.Equal(WorldJson.ComputeContentHash(world), WorldJson.ComputeContentHash(fromLines));
    }

    /// <summary>Asserts that two worlds hold the same dataset and the same facts, whatever the order they were added in.</summary>
    /// <param name="expected">The expected world.</param>
    /// <param name="actual">The actual world.</param>
    public static void AssertEqual(SanctionsWorld expected, SanctionsWorld actual)
    {
        Assert.Equal(expected.Dataset, actual.Dataset);
        Same(expected.Parties, actual.Parties, p => p.Id.Value);
        Same(expected.Authorities, actual.Authorities, a => a.Id.Value);
        Same(expected.Instruments, actual.Instruments, i => i.Id.Value);
        Same(expected.Programs, actual.Programs, p => p.Id.Value);
        Same(expected.Lists, actual.Lists, l => l.Id.Value);
        Same(expected.Designations, actual.Designations, d => d.Id);
        Same(expected.CountryMeasures, actual.CountryMeasures, m => m.Id);
        Same(expected.Treaties, actual.Treaties, t => t.Id.Value);
        Same(expected.TreatyActions, actual.TreatyActions, a => a.ToString() + a.Recorded + a.Source);
        Same(expected.Memberships, actual.Memberships, m => m.ToString() + m.Recorded + m.Source);
        Same(expected.Relations, actual.Relations, r => r.ToString() + r.Role + r.Recorded + r.Source);
        Same(expected.Positions, actual.Positions, p => p.ToString() + p.Organization + p.Recorded + p.Source);
    }

    // Compares as multisets: each collection sorted by a text key, then element by element with the model's own equality.
    private static void Same<T>(IEnumerable<T> expected, IEnumerable<T> actual, Func<T, string> key)
    {
        var e = expected.OrderBy(key, StringComparer.Ordinal).ToArray();
        var a = actual.OrderBy(key, StringComparer.Ordinal).ToArray();
        Assert.Equal(e.Length, a.Length);
        for (var i = 0; i < e.Length; i++)
        {
            Assert.Equal(e[i], a[i]);
        }
    }
}
