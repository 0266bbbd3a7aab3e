using Sanctions.Core.Regimes;

namespace Sanctions.Core.World;

/// <summary>Narrows designation queries to an authority, a list, a program or a measure. The <c>default</c> filter lets everything through.</summary>
/// <param name="Authority">An authority code, coarse (<c>US</c>) or fine (<c>US-OFAC</c>), compared case-insensitively; null for any.</param>
/// <param name="List">A list; null for any.</param>
/// <param name="Program">A program the designation must be under; null for any.</param>
/// <param name="Measure">A measure the designation must impose; null for any.</param>
public readonly record struct DesignationFilter(string? Authority = null, ListId? List = null, ProgramId? Program = null, MeasureKind? Measure = null)
{
    /// <summary>Whether the filter lets everything through.</summary>
    public bool IsEmpty => Authority is null && List is null && Program is null && Measure is null;

    internal bool Accepts(Designation d, AuthorityId authority)
    {
        if (Authority is { } code && !Regimes.Authority.Covers(code, authority))
        {
            return false;
        }

        if (List is { } list && d.List != list)
        {
            return false;
        }

        if (Program is { } program && !d.Programs.Contains(program))
        {
            return false;
        }

        return Measure is not { } measure || d.Measures.Contains(measure);
    }
}
