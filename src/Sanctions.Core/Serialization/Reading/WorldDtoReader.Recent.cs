using System.Collections.Immutable;

namespace Sanctions.Core.Serialization;

// What the last few records of one reader read, kept so that the next record that says the same thing shares it instead of
// building it again: lists of programs, measures, instruments or countries, and sources. Only values read without a
// problem are kept, so a record that finds its value here would have read an equal one, with no problem, on its own.
internal sealed partial class WorldDtoReader
{
    private readonly LastSource lastSource = new();

    // The last few lists of texts read for one field and what each became: consecutive records often carry the same
    // programs, measures or nationalities, or alternate between a few (a party's designations on two lists), and share one
    // immutable array instead of each holding a copy.
    private sealed class LastSeen<T>
    {
        private const int Size = 4;

        private readonly string[]?[] texts = new string[]?[Size];
        private readonly ImmutableArray<T>[] values = new ImmutableArray<T>[Size];
        private int next;

        public bool Matches(List<string> items, out ImmutableArray<T> result)
        {
            for (var e = 0; e < Size; e++)
            {
                if (texts[e] is { } known && RecentLists.Same(items, known))
                {
                    result = values[e];
                    return true;
                }
            }

            result = default;
            return false;
        }

        public ImmutableArray<T> Keep(List<string> items, ImmutableArray<T> result)
        {
            if (result.Length == items.Count)
            {
                texts[next] = [.. items];
                values[next] = result;
                next = (next + 1) % Size;
            }

            return result;
        }
    }

    // The last source read and what it became: a party's designations usually follow one another and carry its source.
    private sealed class LastSource
    {
        private ProvenanceDto? text;
        private Provenance? value;

        public bool Matches(ProvenanceDto dto, out Provenance? result)
        {
            result = value;
            return text is { } known && dto.Extra is null &&
                string.Equals(dto.Source, known.Source, StringComparison.Ordinal) &&
                string.Equals(dto.Record, known.Record, StringComparison.Ordinal) &&
                string.Equals(dto.Publication, known.Publication, StringComparison.Ordinal) &&
                string.Equals(dto.Published, known.Published, StringComparison.Ordinal) &&
                dto.Verified == known.Verified &&
                string.Equals(dto.Note, known.Note, StringComparison.Ordinal);
        }

        public Provenance Keep(ProvenanceDto dto, Provenance result)
        {
            if (dto.Extra is null)
            {
                text = dto;
                value = result;
            }

            return result;
        }
    }
}
