using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SystemDesign.Engine;

namespace SystemDesign.Cli.Grading;

/// <summary>
/// <c>sysdesign grade &lt;path&gt;</c>: opens the projects, finds every <c>[Design]</c> class by symbol and grades it
/// statically with the analyzers' interpreter and the engine. Exit codes: 0 every design passed, 1 some design failed
/// or could not be read (SD0021), 2 usage or load error, 130 interrupted (Ctrl-C).
/// </summary>
internal static class GradeCommand
{
    public static int Run(Options options, TextWriter output, TextWriter error)
    {
        var grade = GradeOptions.From(options);
        return RunInterruptible(error, cancellationToken => RunAsync(grade, output, error, cancellationToken));
    }

    /// <summary>How long an interrupted command may take to unwind (kill restore, dispose the workspace) before the tool exits anyway.</summary>
    private static readonly TimeSpan UnwindTime = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Runs a command that loads projects with Ctrl-C wired to its token. An interrupted run exits 130 once the command
    /// has unwound, or after <see cref="UnwindTime"/>: a project's design-time build (a slow target) holds the
    /// workspace load until it ends, and Ctrl-C must not wait for it.
    /// </summary>
    public static int RunInterruptible(TextWriter error, Func<CancellationToken, Task<int>> command)
    {
        using var cancel = new CancellationTokenSource();
        var interrupted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            cancel.Cancel();
            interrupted.TrySetResult();
        });

        // On the thread pool, so even the command's synchronous start (SDK location, restore) can be left behind.
        var running = Task.Run(() => command(cancel.Token));
        if (Task.WaitAny(running, interrupted.Task) == 1)
        {
            Task.WhenAny(running, Task.Delay(UnwindTime)).Wait();
            if (!running.IsCompletedSuccessfully)
            {
                ChildProcesses.KillAll();
                error.WriteLine("sysdesign: interrupted; nothing was graded.");
                return ExitCodes.Interrupted;
            }
        }

        try
        {
            return running.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            error.WriteLine("sysdesign: interrupted; nothing was graded.");
            return ExitCodes.Interrupted;
        }
    }

    /// <summary>
    /// Loads the projects of <see cref="GradeOptions.Path"/> and grades the designs that match the filters. When none
    /// matches, the load errors and the reason are written to <paramref name="error"/> and the result is null (exit 2);
    /// otherwise the caller reports <see cref="GradeRun.Errors"/> after its output.
    /// </summary>
    public static async Task<GradeRun?> GradeAsync(GradeOptions options, TextWriter error, PhaseTimings timings, CancellationToken cancellationToken)
    {
        var input = GradeInput.Resolve(options.Path, options.FullPath);
        var progress = Progress.For(error, options.NoColor);
        var paths = new DisplayPaths(options.WorkingDirectory);
        var dotnet = timings.Time(Phase.SdkLocation, Sdk.Register);
        _ = CompilerWarmUp.Start(cancellationToken); // overlaps the JIT of the compiler with the workspace load
        var (projects, errors, designs) = await progress.RunAsync(async () =>
        {
            if (!options.NoRestore)
            {
                timings.Time(Phase.Restore, () => Restore.Missing(input, dotnet, paths, progress.Report, cancellationToken));
            }

            var (projects, loadErrors) = await ProjectLoader.LoadAsync(input, paths, timings, progress, cancellationToken).ConfigureAwait(false);
            var errors = new List<string>(loadErrors);
            return (projects, errors, Grade(projects, options, paths, timings, progress, errors, cancellationToken));
        }).ConfigureAwait(false);

        // Interrupted while the load unwound (a killed build host looks like a load failure): say nothing more.
        cancellationToken.ThrowIfCancellationRequested();
        var selected = designs.Where(d => Selected(d, options)).ToArray();
        if (selected.Length == 0)
        {
            foreach (var line in errors)
            {
                error.WriteLine("sysdesign: " + line);
            }

            if (errors.Count == 0 || designs.Count > 0)
            {
                error.WriteLine("sysdesign: " + NothingToGrade(options, designs, projects.Count));
            }

            return null;
        }

        return new GradeRun(selected, errors);
    }

    private static async Task<int> RunAsync(GradeOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var timings = new PhaseTimings();
        if (await GradeAsync(options, error, timings, cancellationToken).ConfigureAwait(false) is not { } run)
        {
            return ExitCodes.Usage;
        }

        var errors = run.Errors;
        var result = new GradeResult(run.Selected);
        var report = timings.Time(Phase.Report, () => Render(result, options, color: options.Output is null && UseColor(options, output)));
        if (options.Output is { } file)
        {
            Write(file, options.WorkingDirectory, report);
            output.WriteLine($"Report written to {file}. {GradeText.SummaryLine(result)}");
        }
        else
        {
            output.Write(report);
        }

        foreach (var line in errors)
        {
            error.WriteLine("sysdesign: " + line);
        }

        if (options.Timings)
        {
            error.WriteLine(timings.Line(total.Elapsed));
        }

        return errors.Count > 0 ? ExitCodes.Usage : result.AllPassed ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static List<GradedDesign> Grade(
        IReadOnlyList<LoadedProject> projects, GradeOptions options, DisplayPaths paths, PhaseTimings timings, Progress progress, List<string> errors, CancellationToken cancellationToken)
    {
        var grader = new DesignGrader(new EngineOptions { Headroom = options.Headroom }, paths, timings);
        var designs = new List<GradedDesign>();
        foreach (var project in projects)
        {
            var display = paths.Display(project.FilePath);
            progress.Project(display, ProjectStage.Grading);
            var found = DesignFinder.Find(project.Compilation, cancellationToken);
            using var runner = options.Run ? new SubmissionRunner(project.Compilation, display) : null;
            foreach (var design in found)
            {
                var graded = grader.Grade(design, project.Compilation, project.FilePath, cancellationToken);
                // Only a design the filters select is run: --run executes code, and only what was asked for.
                if (runner is not null && graded.NotGraded?.RuleId == SystemDesign.Model.Rules.NotStaticallyEvaluable.Id && Selected(graded, options))
                {
                    try
                    {
                        graded = grader.GradeByRunning(design, graded, runner, cancellationToken);
                    }
                    catch (GradeException e)
                    {
                        errors.Add(e.Message); // the design stays in the report as not read (SD0021)
                    }
                }

                designs.Add(graded);
            }

            progress.Project(display, ProjectStage.Done, found.Count == 1 ? "1 design graded" : found.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " designs graded");
        }

        return designs;
    }

    private static bool Selected(GradedDesign design, GradeOptions options) =>
        (options.Problem is null || string.Equals(design.ProblemId, options.Problem, StringComparison.Ordinal))
        && (options.Design is null || string.Equals(design.Name, options.Design, StringComparison.Ordinal) || string.Equals(design.TypeName, options.Design, StringComparison.Ordinal));

    private static string NothingToGrade(GradeOptions options, List<GradedDesign> designs, int projects)
    {
        if (designs.Count > 0)
        {
            var filter = string.Join(" and ", new[] { options.Problem is { } p ? "--problem " + p : null, options.Design is { } d ? "--design " + d : null }.OfType<string>());
            return $"no design matches {filter}. Designs found: {string.Join(", ", designs.Select(x => x.Name + " (" + x.ProblemId + ")"))}.";
        }

        return projects == 0
            ? $"no project in '{options.Path}' could be loaded, so nothing was graded."
            : $"no [Design] classes in '{options.Path}' ({projects} project{(projects == 1 ? string.Empty : "s")} searched): mark a class that implements IDesign with [Design(\"problem-id\")].";
    }

    private static string Render(GradeResult result, GradeOptions options, bool color) => options.Format switch
    {
        ReportKind.Json => GradeJson.Render(result),
        ReportKind.Markdown => GradeMarkdown.Render(result),
        ReportKind.Sarif => GradeSarif.Render(result),
        ReportKind.Html => GradeHtml.Render(result),
        _ => GradeText.Render(result, color),
    };

    /// <summary>Writes <paramref name="report"/> to <paramref name="file"/> (as typed, relative to <paramref name="workingDirectory"/>).</summary>
    public static void Write(string file, string workingDirectory, string report)
    {
        try
        {
            File.WriteAllText(Path.GetFullPath(file, workingDirectory), report, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new GradeException($"cannot write the report to '{file}': {e.Message}");
        }
    }

    // Colour only on a terminal (the process's own output, not redirected), and never when asked not to (--no-color,
    // or the NO_COLOR convention).
    private static bool UseColor(GradeOptions options, TextWriter output) =>
        !options.NoColor && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}

/// <summary>The designs one load graded and matched the filters, and the projects that could not be graded.</summary>
internal sealed record GradeRun(IReadOnlyList<GradedDesign> Selected, IReadOnlyList<string> Errors);
