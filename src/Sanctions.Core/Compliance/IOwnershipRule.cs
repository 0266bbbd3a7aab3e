namespace Sanctions.Core.Compliance;

// A rule that evaluates ownership and control for one jurisdiction's listed persons; the coverage rule reports the jurisdictions that
// bind the caller and have none.
internal interface IOwnershipRule
{
    string OwnershipJurisdiction { get; }
}
