using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Screening.Tests;

/// <summary>Small hand-made worlds for example tests.</summary>
internal static class Worlds
{
    public static readonly LocalDate Day = new(2024, 5, 1);

    /// <summary>A world where each party is designated on one list from 2020-01-01 (or over the period given).</summary>
    public static SanctionsWorld Of(params (Party Party, ValidPeriod? Valid)[] parties)
    {
        var b = new WorldBuilder();
        b.AddAuthority(new Authority(new AuthorityId("US-OFAC"), "OFAC", "US"));
        b.AddList(new SanctionsList(new ListId("us-sdn"), "SDN", new AuthorityId("US-OFAC")));
        var n = 0;
        foreach (var (party, valid) in parties)
        {
            b.AddParty(party);
            b.AddDesignation(new Designation($"d{n++}", party.Id, new ListId("us-sdn"), valid ?? ValidPeriod.Since(new PartialDate(2020, 1, 1))));
        }

        return b.Build();
    }

    public static SanctionsWorld Of(params Party[] parties) => Of([.. parties.Select(p => (p, (ValidPeriod?)null))]);

    public static Person Person(string id, string name, params string[] aliases) =>
        new(new PartyId(id), [new PartyName(name), .. aliases.Select(a => new PartyName(a, NameKind.Alias))]);

    public static Organization Organization(string id, string name) => new(new PartyId(id), [new PartyName(name)]);
}
