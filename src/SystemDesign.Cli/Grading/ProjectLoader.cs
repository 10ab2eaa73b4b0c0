using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace SystemDesign.Cli.Grading;

/// <summary>A project to grade: its compilation, built in memory by the workspace (nothing is written or run).</summary>
internal sealed record LoadedProject(string FilePath, Compilation Compilation);

/// <summary>
/// Opens the input with MSBuildWorkspace (a design-time evaluation of the MSBuild files, as an IDE does: no build,
/// no output written) and compiles each project in memory. Projects that fail to load or do not compile become
/// one error line each; the others are still graded.
/// </summary>
internal static class ProjectLoader
{
    private const int ErrorsShown = 3;

    public static async Task<(IReadOnlyList<LoadedProject> Projects, IReadOnlyList<string> Errors)> LoadAsync(
        GradeInput input, DisplayPaths paths, PhaseTimings timings, Progress progress, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        using var workspace = MSBuildWorkspace.Create();
        var failures = new List<string>();
        // The event may come from the workspace's threads.
        workspace.WorkspaceFailed += (_, e) =>
        {
            if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                lock (failures)
                {
                    failures.Add(e.Diagnostic.Message);
                }
            }
        };

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var graded = await OpenAsync(workspace, input, paths, errors, progress, cancellationToken).ConfigureAwait(false);
        timings.Add(Phase.WorkspaceLoad, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        foreach (var message in failures.Distinct(StringComparer.Ordinal))
        {
            errors.Add("loading failed: " + OneLine(message));
        }

        var loaded = new List<LoadedProject>();
        started = System.Diagnostics.Stopwatch.GetTimestamp();
        foreach (var project in graded)
        {
            if (failures.Exists(f => f.Contains(project.FilePath!, StringComparison.Ordinal)))
            {
                continue; // its load failure is reported; compiling what was half loaded would only add noise
            }

            progress.Project(paths.Display(project.FilePath!), ProjectStage.Compiling);
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null)
            {
                errors.Add(paths.Display(project.FilePath!) + ": the workspace made no compilation of it.");
                continue;
            }

            var compileErrors = compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            if (compileErrors.Length > 0)
            {
                errors.Add(paths.Display(project.FilePath!) + " does not compile, so its designs are not graded: "
                    + string.Join("; ", compileErrors.Take(ErrorsShown).Select(d => Describe(d, paths)))
                    + (compileErrors.Length > ErrorsShown ? $"; and {compileErrors.Length - ErrorsShown} more" : string.Empty)
                    + ". Fix the errors ('dotnet build' lists them) and grade again.");
                continue;
            }

            loaded.Add(new LoadedProject(project.FilePath!, compilation));
        }

        timings.Add(Phase.Compilation, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return (loaded, errors);
    }

    /// <summary>The C# projects to grade, one per project file (a multi-targeted project appears once per framework: the first is graded).</summary>
    private static async Task<IReadOnlyList<Project>> OpenAsync(
        MSBuildWorkspace workspace, GradeInput input, DisplayPaths paths, List<string> errors, Progress progress, CancellationToken cancellationToken)
    {
        IEnumerable<string> wanted = input.ProjectFiles;
        if (input.Kind == InputKind.Solution)
        {
            progress.Report("loading " + paths.Display(input.FullPath));
            try
            {
                var solution = await workspace.OpenSolutionAsync(input.FullPath, cancellationToken: cancellationToken).ConfigureAwait(false);
                wanted = solution.Projects.Select(p => p.FilePath).OfType<string>();
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or ArgumentException or FormatException)
            {
                throw new GradeException(paths.Display(input.FullPath) + " cannot be loaded: " + OneLine(e.Message));
            }
        }
        else
        {
            foreach (var file in input.ProjectFiles)
            {
                if (FindProject(workspace.CurrentSolution, file) is not null)
                {
                    continue; // already loaded as a reference of an earlier project
                }

                progress.Project(paths.Display(file), ProjectStage.Loading);
                try
                {
                    await workspace.OpenProjectAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is InvalidOperationException or IOException or ArgumentException)
                {
                    errors.Add(paths.Display(file) + " cannot be loaded: " + OneLine(e.Message));
                }
            }
        }

        return [.. wanted.Distinct(StringComparer.Ordinal)
            .Select(file => FindProject(workspace.CurrentSolution, file))
            .OfType<Project>()
            .Where(p => p.Language == LanguageNames.CSharp)];
    }

    private static Project? FindProject(Solution solution, string file) =>
        solution.Projects.FirstOrDefault(p => string.Equals(p.FilePath, file, StringComparison.Ordinal));

    private static string Describe(Diagnostic diagnostic, DisplayPaths paths)
    {
        var span = paths.Span(diagnostic.Location);
        var at = span.Path.Length == 0 ? string.Empty : SystemDesign.Reports.ReportFormat.Position(span) + ": ";
        return at + "error " + diagnostic.Id + ": " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string OneLine(string text) => string.Join(" ", text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
