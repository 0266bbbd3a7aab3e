using System.Collections.Immutable;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Compliance;

// The records of one party a rule counts: the party itself, then each party recorded as the same real party (ComplianceContext.SelfAndSameAs).
// A struct enumerable over the same-as answers, so that the common case (no same-as relation) allocates nothing.
internal readonly struct SameAsRecords(ComplianceContext context, PartyId party, ImmutableArray<DatedAnswer<PartyId>> sameAs)
{
    public Enumerator GetEnumerator() => new(context, party, sameAs);

    internal struct Enumerator(ComplianceContext context, PartyId party, ImmutableArray<DatedAnswer<PartyId>> sameAs)
    {
        private int next = -1;

        public readonly SameAsRecord Current => next == 0
            ? new SameAsRecord(context, party, party, Certainty.Certain)
            : new SameAsRecord(context, party, sameAs[next - 1].Fact, sameAs[next - 1].Certainty);

        public bool MoveNext() => ++next <= sameAs.Length;
    }
}

// One record a rule counts: Party is the record whose facts are read; Asked the party the check asked about.
internal readonly record struct SameAsRecord(ComplianceContext Context, PartyId Asked, PartyId Party, Certainty Tie)
{
    // The path a finding names: the party asked about, then the record counted when it is another.
    public ImmutableArray<PartyId> Path => Party == Asked ? [Asked] : [Asked, Party];

    // The words a finding opens with.
    public string Subject
    {
        get
        {
            var name = Context.NameOf(Asked);
            return Party == Asked
                ? name
                : $"{name}, recorded as the same party as {Context.NameOf(Party)} [{Party}]{(Tie == Certainty.Certain ? string.Empty : " (possibly)")},";
        }
    }
}
