using System.Text;
using Sanctions.Core.Serialization;
using Sanctions.Core.Tests.Serialization;
using Sanctions.Testing.Fuzz;
using Xunit;

namespace Sanctions.Core.Tests.Serialization.Reading;

/// <summary>
/// The world reader, fed broken copies of a world file (<see cref="InputMutator"/>), ends in a world or in a
/// <see cref="WorldFormatException"/> listing at most a thousand and one problems, each with a path; nothing else escapes.
/// 300 mutants per form by default; <c>SANCTIONS_FUZZ_MUTANTS</c> and <c>SANCTIONS_FUZZ_SEED</c> run more or others.
/// </summary>
public sealed class WorldReaderFuzzTests
{
    // The first frames of our own code, where the exception escaped.
    private static string Where(Exception e) =>
        string.Join(" < ", (e.StackTrace ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Contains("Sanctions.", StringComparison.Ordinal)).Take(3));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Read_MutatedWorld_EndsInAWorldOrAFormatException(bool lines)
    {
        var world = SerializationTestWorlds.Small();
        var sample = Encoding.UTF8.GetBytes(lines ? WorldJson.SerializeLines(world) : WorldJson.Serialize(world));
        var failures = new List<string>();
        var seed = InputMutator.Seed;
        for (var index = 0; index < InputMutator.Count; index++)
        {
            var (bytes, what) = InputMutator.Mutate(sample, seed, index, ("[", "]"));
            try
            {
                using var stream = new MemoryStream(bytes, writable: false);
                _ = lines
                    ? await WorldJson.ReadLinesAsync(stream, null, TestContext.Current.CancellationToken)
                    : await WorldJson.ReadAsync(stream, null, TestContext.Current.CancellationToken);
            }
            catch (WorldFormatException e)
            {
                Assert.InRange(e.Problems.Length, 1, 1001);
                Assert.All(e.Problems, p => Assert.StartsWith("$", p.Path, StringComparison.Ordinal));
            }
#pragma warning disable CA1031 // Every other exception is a finding, collected to report them all.
            catch (Exception e)
#pragma warning restore CA1031
            {
                var saved = Path.Combine(Path.GetTempPath(), $"sanctions-fuzz-world-{seed}-{index}{(lines ? ".jsonl" : ".json")}");
                await File.WriteAllBytesAsync(saved, bytes, TestContext.Current.CancellationToken);
                failures.Add($"seed {seed} mutant {index} ({what}): {e.GetType().Name}: {e.Message} at {Where(e)}; saved to {saved}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {InputMutator.Count} mutants escaped:\n" + string.Join("\n", failures.Take(10)));
    }
}
