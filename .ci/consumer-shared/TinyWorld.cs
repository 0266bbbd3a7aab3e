// The world both consumer apps serve (.ci/consumer-check copies this file into each): ACME, an OFAC and a UN list, and
// (once listed) ACME's designation on the OFAC list; written beside the world file and renamed over it.
using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Serialization;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

internal static class TinyWorld
{
    public static async Task PublishAsync(string worldFile, bool listed)
    {
        var ofac = new AuthorityId("US-OFAC");
        var world = new WorldBuilder()
            .AddAuthority(new Authority(ofac, "Office of Foreign Assets Control", "US"))
            .AddList(new SanctionsList(new ListId("us-ofac-sdn"), "SDN List", ofac))
            // A US check also asks UN law (the US is bound by Security Council measures): without a UN list it is a review, never clear.
            .AddAuthority(new Authority(new AuthorityId("UN-SC"), "United Nations Security Council", "UN"))
            .AddList(new SanctionsList(new ListId("un-consolidated"), "UN Security Council Consolidated List", new AuthorityId("UN-SC")))
            .AddParty(new Organization(new PartyId("org:acme"), [new PartyName("ACME Trading LLC")]));
        if (listed)
        {
            world.AddDesignation(new Designation("d1", new PartyId("org:acme"), new ListId("us-ofac-sdn"), ValidPeriod.Since(new LocalDate(2024, 6, 1)), measures: [MeasureKind.AssetFreeze]));
        }

        await WorldJson.WriteFileAsync(world.Build(), worldFile + ".tmp.json");
        File.Move(worldFile + ".tmp.json", worldFile, overwrite: true);
    }
}
