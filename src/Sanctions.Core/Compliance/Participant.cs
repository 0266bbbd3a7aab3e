using Sanctions.Core.Parties;

namespace Sanctions.Core.Compliance;

/// <summary>A party taking part in a checked transaction, with its role.</summary>
/// <param name="Party">The party.</param>
/// <param name="Role">Its role.</param>
/// <threadsafety>This type is an immutable value type; safe to share between threads.</threadsafety>
public readonly record struct Participant(PartyId Party, ParticipantRole Role);
