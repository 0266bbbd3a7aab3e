using System.Collections.Immutable;

namespace Sanctions.Core.World;

/// <summary>Whether finding a thing by name gave one, several or no answers.</summary>
public enum FindStatus
{
    /// <summary>Exactly one thing matched: <see cref="FindResult{T}.Match"/>.</summary>
    Found = 0,

    /// <summary>Several things matched at the same step: <see cref="FindResult{T}.Candidates"/>. Nothing is guessed.</summary>
    Ambiguous = 1,

    /// <summary>Nothing matched: <see cref="FindResult{T}.Suggestions"/> holds the nearest names.</summary>
    NotFound = 2,
}

/// <summary>Which step of the lookup decided: id, ISO code, normalised name or alias, or names containing every word.</summary>
public enum FindStep
{
    /// <summary>No step matched.</summary>
    None = 0,

    /// <summary>The text is an identifier.</summary>
    Id = 1,

    /// <summary>The text is an ISO 3166 alpha-2 or alpha-3 code of a state.</summary>
    Code = 2,

    /// <summary>The text equals a primary name or strong alias after normalisation (case, accents, punctuation; word order for persons).</summary>
    Name = 3,

    /// <summary>Every word of the text occurs in a name.</summary>
    Words = 4,
}

/// <summary>The result of finding a party or treaty by id, code or name.</summary>
/// <typeparam name="T">What was looked for.</typeparam>
/// <param name="Query">The text looked up.</param>
/// <param name="Status">One, several or none.</param>
/// <param name="Step">The step that decided.</param>
/// <param name="Candidates">Everything the deciding step matched (one item when found), in name order.</param>
/// <param name="Suggestions">When nothing matched, the nearest names, nearest first.</param>
public sealed record FindResult<T>(string Query, FindStatus Status, FindStep Step, ImmutableArray<T> Candidates, ImmutableArray<string> Suggestions)
    where T : class
{
    /// <summary>The one match, or null unless <see cref="Status"/> is <see cref="FindStatus.Found"/>.</summary>
    public T? Match => Status == FindStatus.Found ? Candidates[0] : null;

    /// <summary>Text describing the outcome.</summary>
    /// <returns>E.g. <c>'Rogozin': found (Words)</c>.</returns>
    public override string ToString() => Status switch
    {
        FindStatus.Found => $"'{Query}': found {Candidates[0]} ({Step})",
        FindStatus.Ambiguous => $"'{Query}': ambiguous, {Candidates.Length} candidates ({Step})",
        _ => $"'{Query}': not found" + (Suggestions.IsEmpty ? string.Empty : "; did you mean " + string.Join(", ", Suggestions) + "?"),
    };
}
