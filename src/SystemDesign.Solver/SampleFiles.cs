using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Catalog.Loading;

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
            if (HandWritten(directory, run.Problem.Id) is not null)
            {
                continue; // a person wrote this problem's reference; a draft beside it would be a second, lesser answer
            }

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
    /// <summary>
    /// The hand-written reference design of <paramref name="problemId"/> in <paramref name="directory"/> (the folder its
    /// draft would go to), or null: a file without the draft marker that declares <c>[Design("problemId")]</c>. The
    /// solver drafts no design beside it, and writes no cost for it.
    /// </summary>
    /// <param name="directory">A category folder, e.g. samples/SystemDesign.Samples/CaseStudies.</param>
    /// <param name="problemId">The problem's id.</param>
    /// <returns>The file's full path, or null.</returns>
    public static string? HandWritten(string directory, string problemId)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(problemId);
        if (!Directory.Exists(directory))
        {
            return null;
        }

        var attribute = "[Design(\"" + problemId + "\")]";
        return Directory.EnumerateFiles(directory, "*.cs", SearchOption.TopDirectoryOnly)
            .OrderBy(p => p, StringComparer.Ordinal)
            .FirstOrDefault(p =>
            {
                var text = File.ReadAllText(p);
                return !text.StartsWith(DraftMarker, StringComparison.Ordinal) && text.Contains(attribute, StringComparison.Ordinal);
            });
    }

    /// <summary>
    /// Writes catalog/cheapest-designs.json: for every solved problem, the cheapest passing design's monthly cost, the
    /// topology sized and the drafted file, sorted by problem id, so the grade of any design can say how it compares.
    /// </summary>
    /// <param name="path">The file, e.g. catalog/cheapest-designs.json.</param>
    /// <param name="samplesFolder">The folder the designs were written under, as the source names it.</param>
    /// <param name="runs">The catalog run.</param>
    /// <returns>The number of problems written.</returns>
    public static int WriteCheapest(string path, string samplesFolder, IEnumerable<ProblemRun> runs)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(samplesFolder);
        ArgumentNullException.ThrowIfNull(runs);
        var solved = runs.Where(r => r.Status == SolveStatus.Solved && r.Solution!.Evaluation is not null
                && HandWritten(Path.Combine(samplesFolder, CSharpNames.Pascal(r.Problem.Category)), r.Problem.Id) is null)
            .OrderBy(r => r.Problem.Id, StringComparer.Ordinal)
            .ToList();
        var bytes = JsonWriting.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("source", "sysdesign solve --all: the cheapest passing counts for each problem's reference (or palette) topology; regenerate with the samples (docs/solver.md)");
            json.WriteObjects("designs", solved, (json, run) =>
            {
                json.WriteString("problem", run.Problem.Id);
                json.WriteNumber("monthlyCostUsd", System.Math.Round(run.Solution!.Evaluation!.MonthlyCostUsd, 2, MidpointRounding.AwayFromZero));
                json.WriteString("topology", CheapestDesign.Key(run.Solution.Topology.Origin));
                json.WriteString("design", string.Join("/", samplesFolder.Replace('\\', '/').TrimEnd('/'), CSharpNames.Pascal(run.Problem.Category), DesignWriter.ClassOf(run.Problem) + ".cs"));
            });
            json.WriteEndObject();
        });

        File.WriteAllBytes(path, [.. bytes, (byte)'\n']);
        return solved.Count;
    }
}
