using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SystemDesign.Solver;

/// <summary>
/// Writes solved designs as source under a folder, one folder per category, and removes drafts of earlier runs
/// that this run no longer solves (a file is a draft when its first line says so), so the folder is the run's output.
/// </summary>
public static class SampleFiles
{
    /// <summary>The first line of every drafted file.</summary>
    public const string DraftMarker = "// Drafted by `sysdesign solve ";

    /// <summary>Writes each solved run's design; returns how many were written.</summary>
    /// <param name="folder">The root folder, e.g. samples/SystemDesign.Samples/Designs.</param>
    /// <param name="runs">The catalog run.</param>
    /// <returns>The number of files written.</returns>
    public static int Write(string folder, IEnumerable<ProblemRun> runs)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(runs);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in runs.Where(r => r.Status == SolveStatus.Solved))
        {
            var directory = Path.Combine(folder, CSharpNames.Pascal(run.Problem.Category));
            Directory.CreateDirectory(directory);
            var path = Path.GetFullPath(Path.Combine(directory, DesignWriter.ClassOf(run.Problem) + ".cs"));
            File.WriteAllText(path, DesignWriter.Write(run.Problem, run.Solution!));
            written.Add(path);
        }

        if (Directory.Exists(folder))
        {
            foreach (var stale in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                         .Select(Path.GetFullPath).Where(p => !written.Contains(p)).ToList())
            {
                if (File.ReadLines(stale).FirstOrDefault()?.StartsWith(DraftMarker, StringComparison.Ordinal) == true)
                {
                    File.Delete(stale);
                }
            }
        }

        return written.Count;
    }
}
