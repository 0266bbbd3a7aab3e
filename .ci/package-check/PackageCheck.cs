// Checks packed packages for what NuGet readers and debuggers need (run by .ci/run after `dotnet pack`):
// dotnet run .ci/package-check/PackageCheck.cs -- DIR [--repository-url URL]
// Each Sanctions.*.nupkg must carry its own README (no links into the repository's folders, no `dotnet run --project src/`), the
// Apache-2.0 license expression and the LICENSE file, the repository and project URLs when one is given, an embedded portable PDB
// with its sources in every Sanctions assembly, source paths mapped to /_/, and no path of the machine that packed it anywhere.
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

var dir = args.Length > 0 ? args[0] : throw new ArgumentException("usage: PackageCheck DIR [--repository-url URL]");
var url = args.Length > 2 && args[1] == "--repository-url" ? args[2] : null;
var root = Path.GetFullPath(Path.Combine(AppContext.GetData("EntryPointFilePath") is string entryPoint ? Path.GetDirectoryName(entryPoint)! : ".", "..", ".."));
var home = Environment.GetEnvironmentVariable("HOME");
string[] machinePaths = [.. new[] { root.TrimEnd('/'), home is { Length: > 1 } ? home : null, Path.GetTempPath().TrimEnd('/') }.OfType<string>().Distinct()];
var problems = new List<string>();
var packages = Directory.GetFiles(dir, "Sanctions.*.nupkg").Where(p => !p.EndsWith(".symbols.nupkg", StringComparison.Ordinal)).ToList();
if (packages.Count == 0)
{
    problems.Add($"{dir}: no Sanctions.*.nupkg");
}

foreach (var package in packages)
{
    var name = Path.GetFileName(package);
    using var zip = ZipFile.OpenRead(package);
    var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
    var nuspec = XDocument.Parse(Read(nuspecEntry));
    var ns = nuspec.Root!.Name.Namespace;
    var metadata = nuspec.Root.Element(ns + "metadata")!;
    string? Meta(string element) => metadata.Element(ns + element)?.Value;

    // README
    if (Meta("readme") is not { } readme || zip.GetEntry(readme) is not { } readmeEntry)
    {
        problems.Add($"{name}: no README");
    }
    else
    {
        var text = Read(readmeEntry);
        if (!text.Contains(Meta("id")!, StringComparison.Ordinal))
        {
            problems.Add($"{name}: README does not name the package");
        }

        foreach (Match m in Regex.Matches(text, @"\]\((?!https?://|#)([^)]+)\)"))
        {
            problems.Add($"{name}: README links to '{m.Groups[1].Value}', which NuGet readers cannot follow");
        }

        if (text.Contains("--project src/", StringComparison.Ordinal))
        {
            problems.Add($"{name}: README tells NuGet readers to run from the repository's source");
        }
    }

    // License
    if (metadata.Element(ns + "license") is not { } license || license.Attribute("type")?.Value != "expression" || license.Value != "Apache-2.0")
    {
        problems.Add($"{name}: no Apache-2.0 license expression");
    }

    if (zip.GetEntry("LICENSE") is null)
    {
        problems.Add($"{name}: no LICENSE file");
    }

    // URLs
    var repository = metadata.Element(ns + "repository");
    if (url is not null)
    {
        if (repository?.Attribute("url")?.Value != url)
        {
            problems.Add($"{name}: repository url is '{repository?.Attribute("url")?.Value}', not '{url}'");
        }

        if (Meta("projectUrl") != url)
        {
            problems.Add($"{name}: projectUrl is '{Meta("projectUrl")}', not '{url}'");
        }
    }

    if (repository?.Attribute("url")?.Value is { } repositoryUrl && !repositoryUrl.StartsWith("https://", StringComparison.Ordinal))
    {
        problems.Add($"{name}: repository url '{repositoryUrl}' is not an https address");
    }

    // Symbols and paths
    var assemblies = 0;
    foreach (var entry in zip.Entries)
    {
        var bytes = ReadBytes(entry);
        foreach (var path in machinePaths)
        {
            if (Contains(bytes, Encoding.UTF8.GetBytes(path + "/")) || Contains(bytes, Encoding.Unicode.GetBytes(path + "/")))
            {
                problems.Add($"{name}: {entry.FullName} holds the machine path '{path}/'");
            }
        }

        if (!entry.Name.StartsWith("Sanctions.", StringComparison.Ordinal) && !entry.Name.Equals("sanctions.dll", StringComparison.Ordinal))
        {
            continue;
        }

        if (!entry.Name.EndsWith(".dll", StringComparison.Ordinal))
        {
            continue;
        }

        assemblies++;
        using var pe = new PEReader(new MemoryStream(bytes));
        var embedded = pe.ReadDebugDirectory().Where(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb).ToList();
        if (embedded.Count == 0)
        {
            problems.Add($"{name}: {entry.FullName} has no embedded PDB");
            continue;
        }

        using var pdbProvider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded[0]);
        var pdb = pdbProvider.GetMetadataReader();
        var documents = pdb.Documents.Select(d => pdb.GetString(pdb.GetDocument(d).Name)).Where(d => d.EndsWith(".cs", StringComparison.Ordinal)).ToList();
        var unmapped = documents.Where(d => !d.StartsWith("/_/", StringComparison.Ordinal) && !d.Contains("/obj/", StringComparison.Ordinal)).ToList();
        if (documents.Count == 0)
        {
            problems.Add($"{name}: {entry.FullName}'s PDB lists no source");
        }

        if (unmapped.Count > 0)
        {
            problems.Add($"{name}: {entry.FullName}'s PDB has unmapped source paths, e.g. {unmapped[0]}");
        }

        var embeddedSources = pdb.CustomDebugInformation.Count(h => pdb.GetGuid(pdb.GetCustomDebugInformation(h).Kind) == new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE"));
        if (embeddedSources == 0)
        {
            problems.Add($"{name}: {entry.FullName}'s PDB embeds no source");
        }
    }

    if (assemblies == 0)
    {
        problems.Add($"{name}: no Sanctions assembly");
    }

    Console.WriteLine($"{name}: checked ({assemblies} assemblies)");
}

foreach (var p in problems)
{
    Console.Error.WriteLine(p);
}

Console.WriteLine(problems.Count == 0 ? $"{packages.Count} packages: README, license, URLs{(url is null ? " (none given)" : string.Empty)}, symbols and paths as they should be" : $"{problems.Count} package problems");
return problems.Count == 0 ? 0 : 1;

static string Read(ZipArchiveEntry entry)
{
    using var reader = new StreamReader(entry.Open());
    return reader.ReadToEnd();
}

static byte[] ReadBytes(ZipArchiveEntry entry)
{
    using var stream = entry.Open();
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    return memory.ToArray();
}

static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
