using System.Diagnostics;
using System.Globalization;
using Sanctions.Sources;
using Sanctions.Sources.Csl;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ftm;
using Sanctions.Sources.Ofac;
using Sanctions.Sources.Un;

namespace Sanctions.Benchmarks.Sources;

/// <summary>
/// A console loop for profiling the importers (<c>sources-profile WHAT [ITERATIONS]</c>), where BenchmarkDotNet's
/// separate process gets in the way of a sampling profiler: <c>dotnet-trace collect --profile dotnet-sampled-thread-time
/// --format Speedscope -- Sanctions.Benchmarks sources-profile import-xml 8</c>. Not a benchmark.
/// </summary>
/// <remarks>
/// Prints per iteration the wall time, the process CPU time, GC pause time, allocation and collection counts, which
/// tell apart on a shared machine what the code costs from what the load adds. <c>phases-csv</c> (and
/// <c>phases-csv-heap</c>, which also forces a full collection after each step to show the live heap) times the steps
/// of an OFAC CSV import one by one: read, map, link, merge, build.
/// </remarks>
internal static class SourcesProfile
{
    public static void Run(string[] args)
    {
        var what = args.Length > 1 ? args[1] : "import-csv";
        if (what == "merge-sources")
        {
            MergeSources(args.Length > 2 ? args[2] : throw new ArgumentException("usage: sources-profile merge-sources OFFICIAL_DATA_FOLDER"));
            return;
        }

        if (what == "dump-real")
        {
            // usage: sources-profile dump-real OUT OFFICIAL_DATA_FOLDER HISTORY_FOLDER
            DumpReal(args[2], args[3], args[4]);
            return;
        }

        if (what == "dump-xml")
        {
            DumpXml(args.Length > 2 ? args[2] : ".");
            return;
        }

        if (what is "hold-csv" or "hold-xml")
        {
            // Imports once and keeps the world alive for a heap snapshot: dotnet-gcdump collect -p PID.
            var held = what == "hold-csv"
                ? ListImporter.ImportSourcesAsync(ImportFormat.OfacSdnCsv, [.. SourceInputs.Get("ofac-csv-sdn").Files.Select(f => SourceFile.FromBytes(f.Name, f.Bytes))]).GetAwaiter().GetResult()
                : ListImporter.ImportSourcesAsync(ImportFormat.OfacXml, [.. SourceInputs.Get("ofac-xml-sdn").Files.Select(f => SourceFile.FromBytes("sdn.xml", f.Bytes))]).GetAwaiter().GetResult();
            GC.Collect();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId}, {held.World.Parties.Length} parties; heap {GC.GetTotalMemory(true) / 1048576.0:F1} MB"));
            WorldStrings(held.World);
            foreach (var group in held.Issues.GroupBy(i => i.Message).OrderByDescending(g => g.Count()).Take(5))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Count(),8} issues: {group.Key} ({group.First().Location})"));
            }
            Thread.Sleep(TimeSpan.FromSeconds(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 60));
            GC.KeepAlive(held);
            return;
        }

        var iterations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;

        if (what.StartsWith("copy-world-", StringComparison.Ordinal))
        {
            // copy-world-csv|xml makes objects and strings anew; the -objects variants make the objects only (the world's
            // strings shared), the -strings variants the strings only: how the cost splits between the two kinds.
            // -objects-names-shared: the objects only, each party's names array new but holding the world's PartyName objects,
            // about what the collector would copy if a name were a value inline in its array (46,368 objects fewer for CSV).
            var sharedNames = what.EndsWith("-names-shared", StringComparison.Ordinal);
            var objects = !what.EndsWith("-strings", StringComparison.Ordinal);
            var strings = !what.EndsWith("-objects", StringComparison.Ordinal) && !sharedNames;
            string Text(string value) => strings ? new string(value.AsSpan()) : value;
            // What making the world alone costs here, without reading or mapping: each iteration copies an imported world's
            // parties (their names, identifiers, ids, remarks and provenance, with strings of their own) and designations, about
            // the objects and bytes an import keeps. A floor for the import on this machine's collector (issue 16).
            var held = what.StartsWith("copy-world-csv", StringComparison.Ordinal)
                ? ListImporter.ImportSourcesAsync(ImportFormat.OfacSdnCsv, [.. SourceInputs.Get("ofac-csv-sdn").Files.Select(f => SourceFile.FromBytes(f.Name, f.Bytes))]).GetAwaiter().GetResult()
                : ListImporter.ImportSourcesAsync(ImportFormat.OfacXml, [.. SourceInputs.Get("ofac-xml-sdn").Files.Select(f => SourceFile.FromBytes("sdn.xml", f.Bytes))]).GetAwaiter().GetResult();
            var world = held.World;
            for (var i = 0; i < iterations; i++)
            {
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                var paused = GC.GetTotalPauseDuration();
                var cpu = Environment.CpuUsage.TotalTime;
                var watch = Stopwatch.StartNew();
                var parties = new List<Sanctions.Core.Parties.Party>();
                var designations = new List<Sanctions.Core.Regimes.Designation>();
                var texts = new List<string?>();
                foreach (var p in world.Parties)
                {
                    if (!objects)
                    {
                        foreach (var n in p.Names)
                        {
                            texts.Add(Text(n.Value));
                        }

                        foreach (var n in p.Identifiers)
                        {
                            texts.Add(Text(n.Value));
                        }

                        texts.Add(Text(p.Source.Record!));
                        texts.Add(Text(p.Id.Value));
                        texts.Add(p.Remarks is null ? null : Text(p.Remarks));
                        continue;
                    }

                    var names = new Sanctions.Core.Parties.PartyName[p.Names.Length];
                    for (var n = 0; n < names.Length; n++)
                    {
                        names[n] = sharedNames ? p.Names[n] : p.Names[n] with { Value = Text(p.Names[n].Value) };
                    }

                    var ids = new Sanctions.Core.Parties.Identifier[p.Identifiers.Length];
                    for (var n = 0; n < ids.Length; n++)
                    {
                        ids[n] = p.Identifiers[n] with { Value = Text(p.Identifiers[n].Value) };
                    }

                    var record = Text(p.Source.Record!);
                    parties.Add(p with
                    {
                        Id = new Sanctions.Core.Parties.PartyId(Text(p.Id.Value)),
                        Names = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(names),
                        Identifiers = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(ids),
                        Remarks = p.Remarks is null ? null : Text(p.Remarks),
                        Source = new Sanctions.Core.Provenance(p.Source.Source, record, p.Source.Publication, p.Source.Published),
                    });
                }

                foreach (var d in world.Designations)
                {
                    if (!objects)
                    {
                        texts.Add(Text(d.Id));
                        texts.Add(Text(d.Source.Record!));
                        continue;
                    }

                    designations.Add(d with { Id = Text(d.Id), Source = new Sanctions.Core.Provenance(d.Source.Source, Text(d.Source.Record!), d.Source.Publication, d.Source.Published) });
                }

                watch.Stop();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{what} #{i + 1}: {watch.Elapsed.TotalMilliseconds:F0} ms (cpu {(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds:F0} ms, gc pauses {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms), "
                    + $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:F2} MB allocated, GCs {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} ({parties.Count + designations.Count + texts.Count})"));
            }

            return;
        }

        if (what == "phases-history")
        {
            for (var i = 0; i < iterations; i++)
            {
                PhasesHistory(args.Length > 3 ? args[3] : Environment.GetEnvironmentVariable("SANCTIONS_SDN_HISTORY") ?? ".");
            }

            return;
        }

        if (what is "phases-csv" or "phases-csv-heap" or "phases-xml" or "phases-xml-heap")
        {
            for (var i = 0; i < iterations; i++)
            {
                PhasesCsv(heap: what.EndsWith("-heap", StringComparison.Ordinal), xml: what.StartsWith("phases-xml", StringComparison.Ordinal));
            }

            return;
        }

        Func<int> work = what switch
        {
            "import-csv" => ImportCsv(),
            "import-xml" => ImportXml(),
            // One thread (no read-ahead), and the two alternated in one process (odd iterations one thread, even read-ahead):
            // the same minutes and the same compiled code for both.
            "import-csv-1" or "import-xml-1" or "import-csv-ab" or "import-xml-ab" => ImportAlternated(what),
            "read-history" => ReadHistory(args.Length > 3 ? args[3] : Environment.GetEnvironmentVariable("SANCTIONS_SDN_HISTORY") ?? "."),
            "import-history" => ImportHistory(args.Length > 3 ? args[3] : Environment.GetEnvironmentVariable("SANCTIONS_SDN_HISTORY") ?? "."),
            "read-csv-sdn" => ReadCsvSdn(),
            "read-csv" => ReadOfacCsv100(),
            "read-ofac-xml" => ReadXml("ofac-xml-100mb", un: false),
            "read-xml-sdn" => ReadXml("ofac-xml-sdn", un: false),
            "records-xml-sdn" => RecordsXml("ofac-xml-sdn"),
            "read-un-xml" => ReadXml("un-xml-100mb", un: true),
            "read-csl" => ReadCsl(),
            "read-ftm" => ReadFtm(),
            "baseline-ofac-xml" => () => BaselineReaders.CountXmlNodes(SourceFile.FromBytes("x.xml", SourceInputs.Get("ofac-xml-100mb").Files[0].Bytes)),
            "baseline-un-xml" => () => BaselineReaders.CountXmlNodes(SourceFile.FromBytes("x.xml", SourceInputs.Get("un-xml-100mb").Files[0].Bytes)),
            "baseline-csv" => () => SourceInputs.Get("ofac-csv-100mb").Files.Sum(f => BaselineReaders.CountLines(f.Bytes)),
            _ => throw new ArgumentOutOfRangeException(nameof(args), what, "unknown profile"),
        };
        var input = what switch
        {
            "import-csv" or "read-csv-sdn" or "import-csv-1" or "import-csv-ab" => "ofac-csv-sdn",
            "import-xml" or "read-xml-sdn" or "records-xml-sdn" or "import-xml-1" or "import-xml-ab" => "ofac-xml-sdn",
            "read-csv" or "baseline-csv" => "ofac-csv-100mb",
            "read-ofac-xml" or "baseline-ofac-xml" => "ofac-xml-100mb",
            "read-un-xml" or "baseline-un-xml" => "un-xml-100mb",
            "read-csl" => "csl-100mb",
            _ => "ftm-100mb",
        };
        var megabytes = what is "import-history" or "read-history" ? 1 : SourceInputs.Get(input).Bytes / 1048576.0;
        using var listener = args.Length > 3 && args[^1] == "alloc" ? new AllocationListener() : null;
        for (var i = 0; i < iterations; i++)
        {
            if (listener is not null && i == iterations - 1)
            {
                // The last iteration only: the earlier ones warm up.
                listener.Start();
            }

            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var cpu = Environment.CpuUsage.TotalTime;
            var paused = GC.GetTotalPauseDuration();
            var watch = Stopwatch.StartNew();
            var result = work();
            watch.Stop();
            var cpuTime = Environment.CpuUsage.TotalTime - cpu;
            var pause = GC.GetTotalPauseDuration() - paused;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{what} #{i + 1}: {watch.Elapsed.TotalMilliseconds:F0} ms (cpu {cpuTime.TotalMilliseconds:F0} ms, gc pauses {pause.TotalMilliseconds:F0} ms), {megabytes / watch.Elapsed.TotalSeconds:F1} MB/s "
                + $"(cpu {megabytes / cpuTime.TotalSeconds:F1}), "
                + $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:F2} MB allocated, "
                + $"GCs {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} (result {result})"));
        }

        listener?.Print(40);
    }

    // The strings a world holds, by the property that holds them: instances (each counted once), their bytes, distinct values.
    private static void WorldStrings(Sanctions.Core.World.SanctionsWorld world)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stats = new Dictionary<string, (int Refs, int Instances, long Bytes, HashSet<string> Values)>();
        void Walk(object? value, string path, int depth)
        {
            switch (value)
            {
                case null:
                    return;
                case string text:
                    stats.TryGetValue(path, out var s);
                    s.Values ??= new HashSet<string>(StringComparer.Ordinal);
                    var fresh = seen.Add(text);
                    stats[path] = (s.Refs + 1, s.Instances + (fresh ? 1 : 0), s.Bytes + (fresh ? 22 + (2 * text.Length) : 0), s.Values);
                    s.Values.Add(text);
                    return;
                case System.Collections.IEnumerable items when depth < 8:
                    foreach (var item in items)
                    {
                        Walk(item, path + "[]", depth + 1);
                    }

                    return;
            }

            var type = value.GetType();
            if (type.IsPrimitive || type.IsEnum || depth >= 8 || type.Namespace?.StartsWith("NodaTime", StringComparison.Ordinal) == true || (!type.IsValueType && !seen.Add(value)))
            {
                return;
            }

            foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length == 0 && property.Name is not ("EqualityContract" or "Name"))
                {
                    Walk(property.GetValue(value), type.Name + "." + property.Name, depth + 1);
                }
            }
        }

        foreach (var p in world.Parties) Walk(p, "Party", 0);
        foreach (var d in world.Designations) Walk(d, "Designation", 0);
        foreach (var r in world.Relations) Walk(r, "Relation", 0);
        foreach (var p in world.Positions) Walk(p, "Position", 0);
        foreach (var (path, s) in stats.OrderByDescending(p => p.Value.Bytes))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Bytes / 1024.0,9:F0} KB {s.Refs,8} refs {s.Instances,8} instances {s.Values.Count,8} values  {path}"));
        }
    }

    // The steps of a history import of the monthly SDN publications (files in memory), summed over the publications:
    // read, map (with linking), merge, then finish and build once.
    private static void PhasesHistory(string folder)
    {
        var files = Directory.GetFiles(folder, "sdn-scraped-*.csv").Order(StringComparer.Ordinal)
            .Select(f => (File: SourceFile.FromBytes(Path.GetFileName(f), File.ReadAllBytes(f)), At: HistoryInstant(f))).ToList();
        var times = new double[5];
        var cpus = new double[5];
        var allocs = new double[5];
        var watch = new Stopwatch();
        var total = Stopwatch.StartNew();
        var gc0 = GC.GetTotalPauseDuration();
        void Time(int k, Action action)
        {
            var a = GC.GetAllocatedBytesForCurrentThread();
            var c = Environment.CpuUsage.TotalTime;
            watch.Restart();
            action();
            times[k] += watch.Elapsed.TotalMilliseconds;
            cpus[k] += (Environment.CpuUsage.TotalTime - c).TotalMilliseconds;
            allocs[k] += (GC.GetAllocatedBytesForCurrentThread() - a) / 1048576.0;
        }

        var catalog = new Sanctions.Sources.Mapping.Catalog();
        var merge = new Sanctions.Sources.Mapping.HistoryMerger.Running();
        foreach (var (file, at) in files)
        {
            var diagnostics = new ImportDiagnostics(false);
            List<Sanctions.Sources.Raw.ListEntry> entries = [];
            Time(0, () => entries = OfacCsvReader.Read(OfacCsvFiles.Group([file]).Single(), diagnostics).ToList());
            var snapshot = new Sanctions.Sources.Mapping.Snapshot(at, at.ToString());
            Time(1, () =>
            {
                var mapper = new Sanctions.Sources.Mapping.EntryMapper(catalog, diagnostics, snapshot.Version, at);
                var authority = catalog.Authority(Sanctions.Sources.Mapping.Catalog.Ofac);
                var target = new Sanctions.Sources.Mapping.ListTarget("ofac-sdn-csv", catalog.List("us-ofac-sdn", "SDN", authority), authority,
                    [Sanctions.Core.Regimes.MeasureKind.AssetFreeze], catalog.OfacProgram);
                List<Sanctions.Sources.Mapping.LinkSource> linking = [];
                foreach (var entry in entries)
                {
                    var id = "ofac:" + entry.RecordId;
                    mapper.Map(entry, target, id, snapshot);
                    if (entry.LinkedTo.Count > 0)
                    {
                        linking.Add(Sanctions.Sources.Mapping.LinkSource.Of(entry, id, target.Source));
                    }
                }

                mapper.LinkByName(linking, snapshot);
            });
            Time(2, () => merge.Add(snapshot));
        }

        Sanctions.Sources.Mapping.HistoryMerger.Result merged = null!;
        Time(3, () => merged = merge.Finish());
        Time(4, () =>
        {
            var builder = new Sanctions.Core.World.WorldBuilder();
            catalog.Authorities.ToList().ForEach(a => builder.AddAuthority(a));
            catalog.Instruments.ToList().ForEach(a => builder.AddInstrument(a));
            catalog.Programs.ToList().ForEach(a => builder.AddProgram(a));
            catalog.Lists.ToList().ForEach(a => builder.AddList(a));
            merged.Parties.ToList().ForEach(a => builder.AddParty(a));
            merged.Designations.ToList().ForEach(a => builder.AddDesignation(a));
            merged.Relations.ToList().ForEach(a => builder.AddRelation(a));
            merged.Positions.ToList().ForEach(a => builder.AddPosition(a));
            GC.KeepAlive(builder.Build());
        });
        var names = new[] { "read", "map", "merge", "finish", "build" };
        var phases = string.Join("; ", names.Select((n, k) => string.Create(CultureInfo.InvariantCulture, $"{n} {times[k]:F0} ms (cpu {cpus[k]:F0}) {allocs[k]:F0} MB")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"history: {total.Elapsed.TotalMilliseconds:F0} ms, gc pauses {(GC.GetTotalPauseDuration() - gc0).TotalMilliseconds:F0} ms; {phases}; designations {merged.Designations.Count}"));
    }

    private static NodaTime.Instant HistoryInstant(string path)
    {
        var stamp = System.Text.RegularExpressions.Regex.Match(Path.GetFileName(path), @"sdn-scraped-(\d{4}-\d\d-\d\dT\d\d-\d\d)Z\.csv").Groups[1].Value;
        return NodaTime.Instant.FromDateTimeOffset(DateTimeOffset.ParseExact(stamp, "yyyy-MM-dd'T'HH-mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
    }

    // The steps of ListImporter.Import for one OFAC CSV publication, timed one by one; for XML, reading and mapping
    // are one step (the importer maps each entry as it is read).
    private static void PhasesCsv(bool heap, bool xml = false)
    {
        var files = xml ? null : OfacCsvFiles.Group(SourceInputs.Get("ofac-csv-sdn").Files.Select(f => SourceFile.FromBytes(f.Name, f.Bytes))).Single();
        var xmlFile = xml ? SourceFile.FromBytes("sdn.xml", SourceInputs.Get("ofac-xml-sdn").Files[0].Bytes) : null;
        var line = new System.Text.StringBuilder();
        var watch = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Environment.CpuUsage.TotalTime;
        var paused = GC.GetTotalPauseDuration();
        void Step(string name)
        {
            var now = GC.GetAllocatedBytesForCurrentThread();
            var cpuNow = Environment.CpuUsage.TotalTime;
            var pausedNow = GC.GetTotalPauseDuration();
            line.Append(CultureInfo.InvariantCulture,
                $"{name} {watch.Elapsed.TotalMilliseconds:F0} ms (cpu {(cpuNow - cpu).TotalMilliseconds:F0}, gc {(pausedNow - paused).TotalMilliseconds:F0}) {(now - allocated) / 1048576.0:F0} MB");
            line.Append(heap ? string.Create(CultureInfo.InvariantCulture, $", heap {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:F0} MB; ") : "; ");
            allocated = now;
            cpu = cpuNow;
            paused = pausedNow;
            watch.Restart();
        }

        var diagnostics = new ImportDiagnostics(false);
        List<Sanctions.Sources.Raw.ListEntry>? entries = xml ? [] : OfacCsvReader.Read(files!, diagnostics).ToList();
        if (!xml)
        {
            Step("read");
        }

        var catalog = new Sanctions.Sources.Mapping.Catalog();
        Sanctions.Sources.Mapping.Snapshot? snapshot = new(null, "v");
        var mapper = new Sanctions.Sources.Mapping.EntryMapper(catalog, diagnostics, "v", null);
        var authority = catalog.Authority(Sanctions.Sources.Mapping.Catalog.Ofac);
        var target = new Sanctions.Sources.Mapping.ListTarget("ofac-sdn-csv", catalog.List("us-ofac-sdn", "SDN", authority), authority,
            [Sanctions.Core.Regimes.MeasureKind.AssetFreeze], catalog.OfacProgram);
        List<Sanctions.Sources.Mapping.LinkSource>? mapped = [];
        foreach (var entry in xml ? OfacXmlReader.Read(xmlFile!, diagnostics, new PublicationHeader()) : entries)
        {
            var id = "ofac:" + entry.RecordId;
            mapper.Map(entry, target, id, snapshot);
            if (entry.LinkedTo.Count > 0)
            {
                mapped.Add(Sanctions.Sources.Mapping.LinkSource.Of(entry, id, target.Source));
            }
        }

        Step(xml ? "read+map" : "map");
        mapper.LinkByName(mapped, snapshot);
        Step("link");
        Sanctions.Sources.Mapping.HistoryMerger.Result? merged = Sanctions.Sources.Mapping.HistoryMerger.Merge([snapshot]);
        Step("merge");
        Sanctions.Core.World.WorldBuilder? builder = new();
        foreach (var a in catalog.Authorities)
        {
            builder.AddAuthority(a);
        }

        foreach (var i in catalog.Instruments)
        {
            builder.AddInstrument(i);
        }

        foreach (var p in catalog.Programs)
        {
            builder.AddProgram(p);
        }

        foreach (var l in catalog.Lists)
        {
            builder.AddList(l);
        }

        foreach (var p in merged.Parties)
        {
            builder.AddParty(p);
        }

        foreach (var d in merged.Designations)
        {
            builder.AddDesignation(d);
        }

        foreach (var r in merged.Relations)
        {
            builder.AddRelation(r);
        }

        foreach (var p in merged.Positions)
        {
            builder.AddPosition(p);
        }

        var world = builder.Build();
        Step("build");
        var before = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(world);
        entries = null;
        mapped = null;
        snapshot = null;
        merged = null;
        builder = null;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        line.Append(CultureInfo.InvariantCulture, $"heap with world {before / 1048576.0:F0} MB, without entries/snapshot {after / 1048576.0:F0} MB; ");
        GC.KeepAlive(world);
        Console.WriteLine(line.Append(CultureInfo.InvariantCulture, $"parties {world.Parties.Length}").ToString());
    }

    /// <summary>
    /// Writes the worlds (JSON) and issues of XML imports into <paramref name="directory"/>, to check that a change
    /// to the XML readers leaves every result the same (compare the files before and after).
    /// </summary>
    private static void DumpXml(string directory)
    {
        Directory.CreateDirectory(directory);
        var ofacSample = SourceFile.FromPath(SourceInputs.FixturePath("ofac_xml/consolidated_sdnlist_format_excerpt.xml"));
        var unSample = SourceFile.FromPath(SourceInputs.FixturePath("un/un_consolidated_excerpt.xml"));
        var sdn = SourceFile.FromBytes("sdn.xml", SourceInputs.Get("ofac-xml-sdn").Files[0].Bytes);
        var cases = new (string Name, ImportFormat Format, ImportPublication[] Publications, bool Lenient)[]
        {
            ("ofac-sample", ImportFormat.OfacXml, [new([ofacSample])], false),
            ("ofac-sample-lenient", ImportFormat.OfacXml, [new([ofacSample])], true),
            ("ofac-sdn-18k", ImportFormat.OfacXml, [new([sdn])], false),
            ("ofac-two-files", ImportFormat.OfacXml, [new([ofacSample, sdn])], false),
            ("un-sample", ImportFormat.UnXml, [new([unSample])], false),
            ("un-sample-lenient", ImportFormat.UnXml, [new([unSample])], true),

            // The mapping is shared with the other formats: their results must not change either.
            ("ofac-csv-sample", ImportFormat.OfacSdnCsv, [new([.. Fixtures("ofac_sdn_csv_2019_sample")])], false),
            ("ofac-csv-tiny", ImportFormat.OfacSdnCsv, [new([.. Fixtures("ofac_sdn_csv_tiny")])], true),
            ("ofac-csv-18k", ImportFormat.OfacSdnCsv, [new([.. SourceInputs.Get("ofac-csv-sdn").Files.Select(f => SourceFile.FromBytes(f.Name, f.Bytes))])], false),
            ("csl", ImportFormat.UsCsl, [new([.. Fixtures("us_csl")])], true),
            ("dpl", ImportFormat.BisDpl, [new([.. Fixtures("us_bis_dpl")])], true),
            ("ftm", ImportFormat.Ftm, [new([.. Fixtures("opensanctions").Where(f => f.FileName.EndsWith(".ftm.json", StringComparison.Ordinal))])], true),
        };
        foreach (var (name, format, publications, lenient) in cases)
        {
            var result = ListImporter.ImportHistoryAsync(format, publications, new ImportOptions { Lenient = lenient }).GetAwaiter().GetResult();
            Sanctions.Core.Serialization.WorldJson.WriteFileAsync(result.World, Path.Combine(directory, name + ".json")).GetAwaiter().GetResult();
            File.WriteAllLines(
                Path.Combine(directory, name + ".issues.txt"),
                [$"read {result.Read} imported {result.Imported} skipped {result.Skipped} published {result.Published}", .. result.Issues.Select(i => i.Severity + " " + i)]);
            Console.WriteLine($"{name}: {result.World.Parties.Length} parties, {result.Issues.Length} issues");
        }
    }

    /// <summary>
    /// Writes the worlds and issues of imports of the real files of the shared data folder (and the monthly SDN publications
    /// merged), to check that a change to mapping or the model leaves every result the same: compare before and after.
    /// </summary>
    private static void DumpReal(string directory, string official, string history)
    {
        Directory.CreateDirectory(directory);
        SourceFile[] In(string folder) => [.. Directory.GetFiles(Path.Combine(official, folder)).Order(StringComparer.Ordinal).Select(SourceFile.FromPath)];
        var publications = Directory.GetFiles(history, "sdn-scraped-*.csv").Order(StringComparer.Ordinal)
            .Select(f => new ImportPublication([SourceFile.FromPath(f)], HistoryInstant(f))).ToArray();
        var cases = new (string Name, ImportFormat Format, ImportPublication[] Publications)[]
        {
            ("ofac-csv-2021", ImportFormat.OfacSdnCsv, [new(In("ofac_sdn_csv_2021_full"), NodaTime.Instant.FromUtc(2021, 7, 1, 0, 0))]),
            ("ofac-csv-2021-undated", ImportFormat.OfacSdnCsv, [new(In("ofac_sdn_csv_2021_full"))]),
            ("ofac-csv-2024", ImportFormat.OfacSdnCsv, [new([SourceFile.FromPath(Path.Combine(official, "ofac_sdn_history", "sdn-scraped-2024-05-01T18-43Z.csv"))], NodaTime.Instant.FromUtc(2024, 5, 1, 18, 43))]),
            ("ofac-xml", ImportFormat.OfacXml, [new(In("ofac_xml"))]),
            ("un-full", ImportFormat.UnXml, [new([SourceFile.FromPath(Path.Combine(official, "un", "un_consolidated_2026-02-27_full.xml"))])]),
            ("csl", ImportFormat.UsCsl, [new(In("us_csl"))]),
            ("dpl", ImportFormat.BisDpl, [new(In("us_bis_dpl"))]),
            ("history-34", ImportFormat.OfacSdnCsv, publications),
        };
        foreach (var (name, format, pubs) in cases)
        {
            foreach (var lenient in new[] { false, true })
            {
                var file = name + (lenient ? "-lenient" : string.Empty);
                try
                {
                    var result = ListImporter.ImportHistoryAsync(format, pubs, new ImportOptions { Lenient = lenient }).GetAwaiter().GetResult();
                    Sanctions.Core.Serialization.WorldJson.WriteFileAsync(result.World, Path.Combine(directory, file + ".json")).GetAwaiter().GetResult();
                    File.WriteAllLines(
                        Path.Combine(directory, file + ".issues.txt"),
                        [$"read {result.Read} imported {result.Imported} skipped {result.Skipped} published {result.Published}", .. result.Issues.Select(i => i.Severity + " " + i)]);
                    Console.WriteLine($"{file}: {result.World.Parties.Length} parties, {result.Issues.Length} issues");
                }
                catch (ImportException e)
                {
                    File.WriteAllText(Path.Combine(directory, file + ".error.txt"), e.Message);
                    Console.WriteLine($"{file}: {e.Message}");
                }
            }
        }
    }

    private static IEnumerable<SourceFile> Fixtures(string directory) =>
        Directory.GetFiles(SourceInputs.FixturePath(directory)).Order(StringComparer.Ordinal).Select(SourceFile.FromPath);

    private static Func<int> ImportCsv()
    {
        var files = SourceInputs.Get("ofac-csv-sdn").Files.Select(f => SourceFile.FromBytes(f.Name, f.Bytes)).ToArray();
        return () => ListImporter.ImportSourcesAsync(ImportFormat.OfacSdnCsv, files).GetAwaiter().GetResult().World.Parties.Length;
    }

    private static Func<int> ImportHistory(string folder)
    {
        var publications = Directory.GetFiles(folder, "sdn-scraped-*.csv").Order(StringComparer.Ordinal)
            .Select(f => new ImportPublication([SourceFile.FromBytes(Path.GetFileName(f), File.ReadAllBytes(f))], HistoryInstant(f))).ToArray();
        return () => ListImporter.ImportHistoryAsync(ImportFormat.OfacSdnCsv, publications).GetAwaiter().GetResult().World.Designations.Length;
    }

    private static Func<int> ReadHistory(string folder)
    {
        var files = Directory.GetFiles(folder, "sdn-scraped-*.csv").Order(StringComparer.Ordinal)
            .Select(f => SourceFile.FromBytes(Path.GetFileName(f), File.ReadAllBytes(f))).ToArray();
        return () => files.Sum(f => OfacCsvReader.Read(OfacCsvFiles.Group([f]).Single(), new ImportDiagnostics(false)).Count());
    }

    // Issue 16, "Sources merge": the OFAC CSV (2021, whole), OFAC XML and US CSL files of the data folder imported and merged.
    private static void MergeSources(string official)
    {
        SourceFile[] In(string folder) => [.. Directory.GetFiles(Path.Combine(official, folder)).Order(StringComparer.Ordinal).Select(SourceFile.FromPath)];
        var lenient = new ImportOptions { Lenient = true };
        var worlds = new[]
        {
            ListImporter.ImportSourcesAsync(ImportFormat.OfacSdnCsv, In("ofac_sdn_csv_2021_full"), lenient).GetAwaiter().GetResult().World,
            ListImporter.ImportSourcesAsync(ImportFormat.OfacSdnCsv, [SourceFile.FromPath(Path.Combine(official, "ofac_sdn_history", "sdn-scraped-2024-05-01T18-43Z.csv"))],
                new ImportOptions { Lenient = true, Published = NodaTime.Instant.FromUtc(2024, 5, 1, 18, 43) }).GetAwaiter().GetResult().World,
            ListImporter.ImportSourcesAsync(ImportFormat.OfacXml, In("ofac_xml"), lenient).GetAwaiter().GetResult().World,
            ListImporter.ImportSourcesAsync(ImportFormat.UsCsl, In("us_csl"), lenient).GetAwaiter().GetResult().World,
        };
        var merged = Sanctions.Core.World.WorldMerge.Merge(worlds);
        var sameAs = merged.Relations.Count(r => r.Kind == Sanctions.Core.Relations.RelationKind.SameAs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"inputs: {string.Join(", ", worlds.Select(w => $"{w.Parties.Length} parties/{w.Designations.Length} designations"))}; merged: {merged.Parties.Length} parties, {merged.Designations.Length} designations, {sameAs} same-as relations"));
    }

    // ListImporter's import on one thread ("-1"), or alternately on one thread and with its read-ahead ("-ab", from one thread).
    private static Func<int> ImportAlternated(string what)
    {
        var xml = what.StartsWith("import-xml", StringComparison.Ordinal);
        var files = xml
            ? SourceInputs.Get("ofac-xml-sdn").Files.Select(f => SourceFile.FromBytes("sdn.xml", f.Bytes)).ToArray()
            : SourceInputs.Get("ofac-csv-sdn").Files.Select(f => SourceFile.FromBytes(f.Name, f.Bytes)).ToArray();
        var format = xml ? ImportFormat.OfacXml : ImportFormat.OfacSdnCsv;
        var alternate = what.EndsWith("-ab", StringComparison.Ordinal);
        var iteration = 0;
        return () =>
        {
            var readAhead = alternate && ++iteration % 2 == 0;
            return Task.Run(() =>
            {
                // The CPU time of the import's own thread (the mapping, and the collections it ran): on two idle cores, about the
                // wall time of a read-ahead import, the reading being on the other core.
                var before = ThreadCpuNanoseconds();
                var reading = ReadingCpuNanoseconds();
                var allocatedHere = GC.GetAllocatedBytesForCurrentThread();
                var parties = ListImporter.Import(format, [new ImportPublication(files)], ImportOptions.Default, null, CancellationToken.None, readAhead: readAhead).World.Parties.Length;
                Console.Write(string.Create(CultureInfo.InvariantCulture,
                    $"[{(readAhead ? "read-ahead" : "one thread")}, import thread cpu {(ThreadCpuNanoseconds() - before) / 1e6:F0} ms, reading thread cpu {(ReadingCpuNanoseconds() - reading) / 1e6:F0} ms, "
                    + $"import thread allocated {(GC.GetAllocatedBytesForCurrentThread() - allocatedHere) / 1048576.0:F2} MB] "));
                return parties;
            }).GetAwaiter().GetResult();
        };
    }

    // The CPU time of the importer's reading threads ("Sanctions.Sources read-ahead", cut to 15 characters by Linux), in nanoseconds.
    private static long ReadingCpuNanoseconds()
    {
        long total = 0;
        try
        {
            foreach (var task in Directory.GetDirectories("/proc/self/task"))
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).StartsWith("Sanctions.Sourc", StringComparison.Ordinal))
                {
                    var text = File.ReadAllText(Path.Combine(task, "schedstat"));
                    total += long.Parse(text.AsSpan(0, text.IndexOf(' ', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // A thread that ended while being read: counted as far as read.
        }

        return total;
    }

    // The calling thread's CPU time in nanoseconds (Linux: /proc/thread-self/schedstat), or 0 where that is not there.
    private static long ThreadCpuNanoseconds()
    {
        try
        {
            var text = File.ReadAllText("/proc/thread-self/schedstat");
            return long.Parse(text.AsSpan(0, text.IndexOf(' ', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static Func<int> ImportXml()
    {
        var files = SourceInputs.Get("ofac-xml-sdn").Files.Select(f => SourceFile.FromBytes("sdn.xml", f.Bytes)).ToArray();
        return () => ListImporter.ImportSourcesAsync(ImportFormat.OfacXml, files).GetAwaiter().GetResult().World.Parties.Length;
    }

    private static Func<int> ReadCsvSdn()
    {
        var files = OfacCsvFiles.Group(SourceInputs.Get("ofac-csv-sdn").Files.Select(f => SourceFile.FromBytes(f.Name, f.Bytes))).Single();
        return () => OfacCsvReader.Read(files, new ImportDiagnostics(false)).Count();
    }

    private static Func<int> ReadOfacCsv100()
    {
        var files = OfacCsvFiles.Group(SourceInputs.Get("ofac-csv-100mb").Files.Select(f => SourceFile.FromBytes(f.Name, f.Bytes))).Single();
        return () => OfacCsvReader.Read(files, new ImportDiagnostics(false)).Sum(e => e.Names.Count);
    }

    private static Func<int> ReadXml(string input, bool un)
    {
        var f = SourceInputs.Get(input).Files[0];
        var file = SourceFile.FromBytes(f.Name, f.Bytes);
        return un
            ? () => UnXmlReader.Read(file, new ImportDiagnostics(false), new PublicationHeader()).Sum(e => e.Names.Count)
            : () =>
            {
                // As the importer reads: each entry given back when done with.
                var spare = new Sanctions.Sources.Raw.EntrySpare();
                var names = 0;
                foreach (var entry in OfacXmlReader.Read(file, new ImportDiagnostics(false), new PublicationHeader(), CancellationToken.None, spare))
                {
                    names += entry.Names.Count;
                    spare.Entry = entry;
                }

                return names;
            };
    }

    // The XML records alone (System.Xml and the record tree, every text made a string), without reading entries from them.
    private static Func<int> RecordsXml(string input)
    {
        var f = SourceInputs.Get(input).Files[0];
        var file = SourceFile.FromBytes(f.Name, f.Bytes);
        var names = new HashSet<string> { "sdnEntry", "publshInformation" };
        return () => Sanctions.Sources.Raw.XmlRecordStream.Read(file, names, _ => { }, CancellationToken.None).Sum(r => r.Value("uid")?.Length ?? 0);
    }

    private static Func<int> ReadCsl()
    {
        var f = SourceInputs.Get("csl-100mb").Files[0];
        var file = SourceFile.FromBytes(f.Name, f.Bytes);
        return () => CslCsvReader.Read(file, new ImportDiagnostics(false)).Sum(e => e.Names.Count);
    }

    private static Func<int> ReadFtm()
    {
        var f = SourceInputs.Get("ftm-100mb").Files[0];
        var file = SourceFile.FromBytes(f.Name, f.Bytes);
        return () => FtmReader.ReadEntities(file, new ImportDiagnostics(false)).Sum(e => e.Properties.Count);
    }
}
