using System.Collections.Immutable;

namespace Sanctions.Core.World;

/// <summary>What kind of identifier or code an <see cref="UnknownReferenceException"/> could not find.</summary>
public enum ReferenceKind
{
    /// <summary>A party id (<c>person:putin</c>).</summary>
    Party = 0,

    /// <summary>An authority code, coarse (<c>US</c>) or fine (<c>US-OFAC</c>).</summary>
    Authority = 1,

    /// <summary>A caller jurisdiction of a compliance check (<c>US</c>, <c>EU</c>, <c>UN</c>, <c>UK</c>).</summary>
    Jurisdiction = 2,

    /// <summary>A list id.</summary>
    List = 3,

    /// <summary>A program id.</summary>
    Program = 4,

    /// <summary>A membership status (<c>observer</c>).</summary>
    Status = 5,

    /// <summary>A treaty id.</summary>
    Treaty = 6,

    /// <summary>A legal instrument id.</summary>
    Instrument = 7,
}

/// <summary>
/// An identifier or code the world does not know: the one way the library refuses a question it cannot answer, rather than answering
/// "no" or "nothing" to a typo.
/// </summary>
/// <remarks>
/// <para>Every query of <see cref="SanctionsWorld"/>, <see cref="WorldView"/> and the compliance engine that takes a
/// party, authority, list, program, status, treaty or jurisdiction throws this exception when the world does not hold it, with the nearest
/// known values in <see cref="Suggestions"/>: <c>world.AsOf(day).IsDesignated(new PartyId("person:typo"))</c> throws, and so does a check
/// under jurisdiction <c>USA</c> (suggesting <c>US</c>). Code that wants to test first uses the <c>TryGet…</c>/<c>Find…</c> lookups of
/// <see cref="SanctionsWorld"/>, which return false or null.</para>
/// <para>It derives from <see cref="KeyNotFoundException"/>, which <see cref="SanctionsWorld.GetParty"/> threw before.</para>
/// </remarks>
public sealed class UnknownReferenceException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">What kind of value was not found.</param>
    /// <param name="value">The value as given.</param>
    /// <param name="suggestions">The nearest known values, nearest first.</param>
    /// <param name="scope">Where it was looked for (a dataset name), if known.</param>
    public UnknownReferenceException(ReferenceKind kind, string value, IEnumerable<string>? suggestions = null, string? scope = null)
        : base(MessageOf(kind, value, suggestions, scope))
    {
        Kind = kind;
        Value = value ?? string.Empty;
        Suggestions = suggestions is null ? [] : [.. suggestions];
    }

    /// <summary>Creates the exception with a message only (kind <see cref="ReferenceKind.Party"/>, no suggestions).</summary>
    public UnknownReferenceException()
        : this(ReferenceKind.Party, string.Empty)
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public UnknownReferenceException(string message)
        : base(message)
    {
        Value = string.Empty;
        Suggestions = [];
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public UnknownReferenceException(string message, Exception innerException)
        : base(message, innerException)
    {
        Value = string.Empty;
        Suggestions = [];
    }

    /// <summary>What kind of value was not found.</summary>
    public ReferenceKind Kind { get; }

    /// <summary>The value as given.</summary>
    public string Value { get; }

    /// <summary>The nearest known values, nearest first; empty when none is near.</summary>
    public ImmutableArray<string> Suggestions { get; }

    private static string MessageOf(ReferenceKind kind, string value, IEnumerable<string>? suggestions, string? scope)
    {
        var near = suggestions?.ToList() ?? [];
        var what = kind.ToString().ToLowerInvariant();
        return $"Unknown {what} '{value}'{(scope is null ? string.Empty : $" in {scope}")}." +
            (near.Count == 0 ? string.Empty : " Did you mean: " + string.Join(", ", near) + "?");
    }
}
