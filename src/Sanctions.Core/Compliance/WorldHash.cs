using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sanctions.Core.Parties;
using Sanctions.Core.World;

namespace Sanctions.Core.Compliance;

// The content hash a compliance result cites. The seam: until Sanctions.Core.Serialization.WorldJson.ComputeContentHash lands on main,
// Compute is a provisional SHA-256 over a canonical text of the facts the rules read, prefixed "sha256-provisional:" so that nobody takes
// it for the format's hash. Switch Compute to WorldJson.ComputeContentHash when it lands.
internal static class WorldHash
{
    public static Func<SanctionsWorld, string> Compute { get; set; } = Provisional;

    public static string Provisional(SanctionsWorld world)
    {
        var text = new StringBuilder();
        void Line(params object?[] parts)
        {
            foreach (var p in parts)
            {
                text.Append(p switch
                {
                    null => "~",
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    System.Collections.IEnumerable e and not string => string.Join(";", e.Cast<object?>().Select(x => x?.ToString() ?? "~")),
                    _ => p.ToString(),
                }).Append('|');
            }

            text.Append('\n');
        }

        Line("dataset", world.Dataset.Name, world.Dataset.Version, world.Dataset.Published);
        foreach (var p in world.Parties)
        {
            Line("party", p.Kind, p.Id, p.Names.Select(n => $"{n.Kind}:{n.Value}"), p.Countries, p.Addresses.Select(a => a.Country),
                (p as Person)?.Nationalities, (p as Organization)?.Category, (p as State)?.Alpha2, (p as State)?.IsRegion, (p as State)?.ParentState);
        }

        foreach (var a in world.Authorities)
        {
            Line("authority", a.Id, a.Jurisdiction, a.Name);
        }

        foreach (var i in world.Instruments)
        {
            Line("instrument", i.Id, i.Citation, i.Adopted, i.EntryIntoForce, i.PartOf);
        }

        foreach (var p in world.Programs)
        {
            Line("program", p.Id, p.Authority, p.Basis);
        }

        foreach (var l in world.Lists)
        {
            Line("list", l.Id, l.Authority, l.Name);
        }

        foreach (var d in world.Designations)
        {
            Line("designation", d.Id, d.Party, d.List, d.Programs, d.Measures, d.Basis, d.Valid, d.Recorded);
        }

        foreach (var m in world.CountryMeasures)
        {
            Line("measure", m.Id, m.Target, m.Authority, m.Kind, m.Direction, m.Basis, m.Valid, m.Recorded);
        }

        foreach (var r in world.Relations)
        {
            Line("relation", r.Kind, r.From, r.To, r.Percent, r.Valid, r.Recorded);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return "sha256-provisional:" + Convert.ToHexStringLower(hash);
    }
}
