using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.World;

// The query index, part: whether a party has a tie of one kind, without building the answers (WorldView.SameAs asks it of every
// participant of a compliance check; most parties of a merged world have a same-as tie, but a party with none needs no search).
internal sealed partial class WorldIndex
{
    // Whether the party has a relation of the kind, either way, visible at knownAt and in effect (certainly or possibly) on the day.
    public bool AnyRelation(PartyId party, RelationKind kind, int day, Instant? knownAt) =>
        AnyRelation(relationsFrom, party, kind, day, knownAt) || AnyRelation(relationsTo, party, kind, day, knownAt);

    private bool AnyRelation(Dictionary<PartyId, int[]> map, PartyId party, RelationKind kind, int day, Instant? knownAt)
    {
        if (!map.TryGetValue(party, out var items))
        {
            return false;
        }

        foreach (var i in items)
        {
            var r = World.Relations[i];
            if (r.Kind == kind && r.Recorded.IsVisibleAt(knownAt) && relationBounds[i].Contains(day) != Certainty.No)
            {
                return true;
            }
        }

        return false;
    }
}
