using Sanctions.Core.Serialization;
using Sanctions.Sources;
using Sanctions.Sources.Diagnostics;
using SharpFuzz;

namespace Sanctions.Fuzz;

/// <summary>
/// Coverage-guided fuzzing of every reader (docs/testing.md, "Fuzzing"): libFuzzer or AFL feed inputs, and any exception
/// other than the documented ones (<see cref="ImportException"/> with a location, <see cref="WorldFormatException"/>)
/// is a finding and stops the run with the input saved.
/// </summary>
internal static class Program
{
    private static readonly string[] Targets = ["ofac-sdn-csv", "ofac-xml", "un-xml", "us-csl", "bis-dpl", "ftm", "world-json", "world-jsonl"];

    /// <summary>
    /// <c>Sanctions.Fuzz TARGET</c> runs under libFuzzer (libfuzzer-dotnet); <c>Sanctions.Fuzz TARGET --afl</c> under afl-fuzz;
    /// <c>Sanctions.Fuzz TARGET FILE...</c> replays saved inputs once each, outside any fuzzer.
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length == 0 || !Targets.Contains(args[0]))
        {
            Console.Error.WriteLine($"usage: Sanctions.Fuzz TARGET [--afl | FILE...]; TARGET is one of {string.Join(", ", Targets)}");
            return 2;
        }

        var target = args[0];
        if (args.Length > 1 && args[1] == "--afl")
        {
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                Read(target, copy.ToArray());
            });
            return 0;
        }

        if (args.Length > 1)
        {
            foreach (var file in args.Skip(1))
            {
                Read(target, File.ReadAllBytes(file));
                Console.WriteLine($"{file}: a result or a documented error");
            }

            return 0;
        }

        Fuzzer.LibFuzzer.Run(span => Read(target, span.ToArray()));
        return 0;
    }

    /// <summary>Reads one input; returns when the outcome is a result or a documented error, throws otherwise.</summary>
    private static void Read(string target, byte[] input)
    {
        try
        {
            switch (target)
            {
                case "world-json":
                    WorldJson.ReadAsync(new MemoryStream(input, writable: false)).GetAwaiter().GetResult();
                    return;
                case "world-jsonl":
                    WorldJson.ReadLinesAsync(new MemoryStream(input, writable: false)).GetAwaiter().GetResult();
                    return;
                default:
                    var (format, name) = target switch
                    {
                        "ofac-sdn-csv" => (ImportFormat.OfacSdnCsv, "sdn.csv"),
                        "ofac-xml" => (ImportFormat.OfacXml, "sdn.xml"),
                        "un-xml" => (ImportFormat.UnXml, "consolidated.xml"),
                        "us-csl" => (ImportFormat.UsCsl, "consolidated.csv"),
                        "bis-dpl" => (ImportFormat.BisDpl, "dpl.txt"),
                        _ => (ImportFormat.Ftm, "entities.ftm.json"),
                    };

                    // Lenient when the first byte is odd, so that both modes are explored.
                    var options = new ImportOptions { Lenient = input.Length > 0 && (input[0] & 1) == 1 };
                    ListImporter.ImportSourcesAsync(format, [SourceFile.FromBytes(name, input)], options).GetAwaiter().GetResult();
                    return;
            }
        }
        catch (ImportException e) when (e.Location is { File.Length: > 0 } || e.Message.Contains("does not form a valid world", StringComparison.Ordinal))
        {
        }
        catch (WorldFormatException e) when (!e.Problems.IsEmpty)
        {
        }
    }
}
