using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Sanctions.Core.Serialization;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Benchmarks.Serialization;

/// <summary>
/// Read and write throughput of the world format on a 100k-party world, in both forms, beside a baseline of plain
/// reflection-based <see cref="JsonSerializer"/> on the same DTOs (no mapping to the model, no validation, no ordering).
/// MB/s = bytes / mean; the byte counts are printed in GlobalSetup and recorded in docs/benchmarks/serialization.md.
/// </summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private static readonly JsonSerializerOptions Reflection = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private SanctionsWorld world = null!;
    private SanctionsWorld fresh = null!;
    private WorldDocumentDto dto = null!;
    private byte[] document = null!;
    private byte[] lines = null!;
    private byte[] compactDocument = null!;

    [Params(100_000)]
    public int Parties { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        world = SerializationWorldGenerator.Generate(Parties);
        dto = WorldDtoWriter.Document(world);
        using (var stream = new MemoryStream())
        {
            WorldJson.WriteAsync(world, stream).GetAwaiter().GetResult();
            document = stream.ToArray();
        }

        using (var stream = new MemoryStream())
        {
            WorldJson.WriteLinesAsync(world, stream).GetAwaiter().GetResult();
            lines = stream.ToArray();
        }

        compactDocument = JsonSerializer.SerializeToUtf8Bytes(dto, Reflection);
        Console.WriteLine($"// bytes: document {document.Length}, lines {lines.Length}, baseline (compact reflection) {compactDocument.Length}");
    }

    [Benchmark(Baseline = true)]
    public long Write_ReflectionBaseline()
    {
        using var stream = new MemoryStream(compactDocument.Length);
        JsonSerializer.Serialize(stream, dto, Reflection);
        return stream.Length;
    }

    [Benchmark]
    public long Write_Document()
    {
        using var stream = new MemoryStream(document.Length);
        WorldJson.WriteAsync(world, stream).GetAwaiter().GetResult();
        return stream.Length;
    }

    // A world's canonical order is found on its first write and kept beside it; the benchmarks above write the same world
    // again and again. This one writes a fresh copy each time (same facts, new arrays in the generator's order), so it
    // also pays for sorting the collections.
    [IterationSetup(Target = nameof(Write_Document_FirstWrite))]
    public void FreshCopy() => fresh = new WorldBuilder(world).Build();

    [Benchmark]
    public long Write_Document_FirstWrite()
    {
        using var stream = new MemoryStream(document.Length);
        WorldJson.WriteAsync(fresh, stream).GetAwaiter().GetResult();
        return stream.Length;
    }

    [Benchmark]
    public long Write_Lines()
    {
        using var stream = new MemoryStream(lines.Length);
        WorldJson.WriteLinesAsync(world, stream).GetAwaiter().GetResult();
        return stream.Length;
    }

    [Benchmark]
    public int Read_ReflectionBaseline() => JsonSerializer.Deserialize<WorldDocumentDto>(compactDocument, Reflection)!.Parties!.Count;

    [Benchmark]
    public int Read_Document()
    {
        using var stream = new MemoryStream(document, writable: false);
        return WorldJson.ReadAsync(stream).GetAwaiter().GetResult().Parties.Length;
    }

    [Benchmark]
    public int Read_Lines()
    {
        using var stream = new MemoryStream(lines, writable: false);
        return WorldJson.ReadLinesAsync(stream).GetAwaiter().GetResult().Parties.Length;
    }

    // Since 62ceb8b a world's query index is built on its first query, not when it is read: these two read and ask one
    // question, the figures to compare with Read_Document and Read_Lines of runs before that commit.
    [Benchmark]
    public Certainty Read_Document_ThenFirstQuery()
    {
        using var stream = new MemoryStream(document, writable: false);
        var read = WorldJson.ReadAsync(stream).GetAwaiter().GetResult();
        return read.AsOf(new LocalDate(2017, 8, 5)).IsDesignated(read.Parties[0].Id);
    }

    [Benchmark]
    public Certainty Read_Lines_ThenFirstQuery()
    {
        using var stream = new MemoryStream(lines, writable: false);
        var read = WorldJson.ReadLinesAsync(stream).GetAwaiter().GetResult();
        return read.AsOf(new LocalDate(2017, 8, 5)).IsDesignated(read.Parties[0].Id);
    }
}
