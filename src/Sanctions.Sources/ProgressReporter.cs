using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources;

/// <summary>Reports an import's progress: on each new file and every thousand records.</summary>
internal sealed class ProgressReporter(IProgress<ImportProgress>? progress, ImportDiagnostics diagnostics, int publications)
{
    private string? lastFile;

    public int Publication { get; set; }

    public void Report(string file)
    {
        if (progress is null)
        {
            return;
        }

        if (file != lastFile || diagnostics.Read % 1000 == 0)
        {
            lastFile = file;
            progress.Report(new ImportProgress(file, diagnostics.Read, Publication, publications));
        }
    }

    public void Done() => progress?.Report(new ImportProgress(lastFile ?? string.Empty, diagnostics.Read, publications, publications));
}
