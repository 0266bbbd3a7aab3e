using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sanctions.Core;
using Sanctions.Sources.Ofac;

namespace Sanctions.Sources.Tests.Ofac;

/// <summary>The CSV program column read on its characters through the tag cache gives the tags its string gives.</summary>
public sealed class OfacProgramTagsTests
{
    [Property(MaxTest = 300)]
    public Property AddPrograms_OnCharactersWithCache_GivesTheTagsOfTheString()
    {
        // Tags as OFAC packs them ("SDGT] [IFSR"), with stray brackets, spaces and empty tags, repeated so the cache hits.
        var part = Gen.Elements("SDGT", "IFSR", "IRAN-CON-ARMS-EO", "] [", "[", "]", " ", "", "NPWMD", "x");
        var cache = new SharedStrings(4);
        return Prop.ForAll(part.ListOf().Select(p => string.Concat(p)).ToArbitrary(), packed =>
        {
            var fromString = new List<string>();
            var fromSpan = new List<string>();
            OfacCsvReader.AddPrograms(packed, fromString);
            OfacCsvReader.AddPrograms(packed.AsSpan(), fromSpan, cache);
            return fromString.SequenceEqual(fromSpan);
        });
    }
}
