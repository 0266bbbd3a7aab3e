using System.Collections.Immutable;
using Sanctions.Core.Regimes;

namespace Sanctions.Sources.Mapping;

/// <summary>Program lists compared by their programs, also against the span of programs an entry resolves to.</summary>
internal sealed class ProgramListComparer : IEqualityComparer<ImmutableArray<ProgramId>>, IAlternateEqualityComparer<ReadOnlySpan<ProgramId>, ImmutableArray<ProgramId>>
{
    public static readonly ProgramListComparer Instance = new();

    public bool Equals(ImmutableArray<ProgramId> x, ImmutableArray<ProgramId> y) => x.AsSpan().SequenceEqual(y.AsSpan());

    public int GetHashCode(ImmutableArray<ProgramId> obj) => GetHashCode(obj.AsSpan());

    public bool Equals(ReadOnlySpan<ProgramId> alternate, ImmutableArray<ProgramId> other) => alternate.SequenceEqual(other.AsSpan());

    public int GetHashCode(ReadOnlySpan<ProgramId> alternate)
    {
        var hash = default(HashCode);
        foreach (var program in alternate)
        {
            hash.Add(program);
        }

        return hash.ToHashCode();
    }

    public ImmutableArray<ProgramId> Create(ReadOnlySpan<ProgramId> alternate) => [.. alternate];
}
