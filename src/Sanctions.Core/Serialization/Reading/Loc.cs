using System.Globalization;

namespace Sanctions.Core.Serialization;

// Where a value sits: an item (Base[Index], or Base alone when Index < 0) and optionally one element inside it
// (Sub[SubIndex], or Sub alone). Paths are only turned into text when a problem is reported.
internal readonly record struct Loc(string Base, int Index, string? Sub = null, int SubIndex = -1)
{
    public Loc Inside(string sub, int subIndex = -1) => this with { Sub = sub, SubIndex = subIndex };

    public string At(string? field = null)
    {
        var path = Index >= 0 ? string.Create(CultureInfo.InvariantCulture, $"{Base}[{Index}]") : Base;
        if (Sub is not null)
        {
            path += "." + Sub + (SubIndex >= 0 ? string.Create(CultureInfo.InvariantCulture, $"[{SubIndex}]") : string.Empty);
        }

        return field is null ? path : path + "." + field;
    }
}
