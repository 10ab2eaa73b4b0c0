using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;

namespace SystemDesign.Cli.Grading;

/// <summary>
/// Restores the projects that have never been restored (no <c>obj/project.assets.json</c>), as an IDE does on
/// opening them: MSBuildWorkspace reads the assets file and does not restore. A fresh clone then grades in one command.
/// Runs the located SDK's <c>dotnet restore</c>; <c>--no-restore</c> skips it.
/// </summary>
internal static class Restore
{
    public static void Missing(GradeInput input, string dotnet, DisplayPaths paths, Action<string> progress, CancellationToken cancellationToken)
    {
        var missing = input.ProjectFiles.Where(NeedsRestore).ToArray();
        if (missing.Length == 0)
        {
            return;
        }

        progress("restoring " + (missing.Length == 1 ? Path.GetFileName(missing[0]) : missing.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " projects"));
        if (input.Kind == InputKind.Solution || missing.Length == 1)
        {
            Run(dotnet, input.Kind == InputKind.Solution ? input.FullPath : missing[0], paths, cancellationToken);
            return;
        }

        // Several projects of a folder: one restore of a throw-away solution listing them, not one process each.
        var folder = Directory.CreateTempSubdirectory("sysdesign-restore-");
        try
        {
            var solution = Path.Combine(folder.FullName, "restore.slnx");
            var projects = new System.Xml.Linq.XElement("Solution", missing.Select(p => new System.Xml.Linq.XElement("Project", new System.Xml.Linq.XAttribute("Path", p))));
            File.WriteAllText(solution, projects.ToString());
            Run(dotnet, solution, paths, cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static bool NeedsRestore(string project) =>
        File.Exists(project) && !File.Exists(Path.Combine(Path.GetDirectoryName(project)!, "obj", "project.assets.json"));

    private static void Run(string dotnet, string target, DisplayPaths paths, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "restore", target, "-nologo", "-v:q" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new GradeException($"cannot start '{dotnet} restore'.");
        using var kill = cancellationToken.Register(() => process.Kill(entireProcessTree: true));
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        process.WaitForExit();
        cancellationToken.ThrowIfCancellationRequested();
        if (process.ExitCode != 0)
        {
            var lines = (output.Result + "\n" + errors.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var first = lines.FirstOrDefault(l => l.Contains(": error ", StringComparison.Ordinal)) ?? lines.LastOrDefault() ?? "no output";
            throw new GradeException($"restoring '{paths.Display(target)}' failed: {first.Replace(Path.GetDirectoryName(target) + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).TrimEnd('.')}. Run 'dotnet restore' on it to see every error.");
        }
    }
}
