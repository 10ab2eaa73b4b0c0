using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Spectre.Console;

namespace SystemDesign.Cli.Grading;

/// <summary>How far one project has got; the progress bar of its line advances one step per stage.</summary>
internal enum ProjectStage
{
    Loading,
    Compiling,
    Grading,
    Done,
}

/// <summary>
/// The progress display of <c>grade</c> and <c>diagram</c> on standard error, drawn by Spectre.Console: a status line
/// (restoring, loading a solution) and one line per project with its stage. Quiet unless both standard output and
/// standard error are terminals and colour is allowed (no <c>--no-color</c>, no <c>NO_COLOR</c>), so redirected
/// runs (CI, scripts, tests) print the report alone, byte for byte. The display is cleared when the work ends.
/// </summary>
internal sealed class Progress
{
    private readonly IAnsiConsole? console;
    private readonly Dictionary<string, ProgressTask> projects = new(StringComparer.Ordinal);
    private ProgressContext? context;
    private ProgressTask? status;

    /// <summary>A display on <paramref name="console"/>, or a quiet one when it is null.</summary>
    internal Progress(IAnsiConsole? console) => this.console = console;

    public static Progress For(TextWriter error, bool noColor) =>
        new(Shown(error, noColor) ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) }) : null);

    /// <summary>Whether anything is drawn: a terminal on both streams, the real standard error, colour allowed.</summary>
    public static bool Shown(TextWriter error, bool noColor) =>
        !noColor
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && ReferenceEquals(error, Console.Error)
        && !Console.IsOutputRedirected
        && !Console.IsErrorRedirected;

    /// <summary>Runs <paramref name="work"/> with the display live; an exception (Ctrl-C included) clears it first.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        if (console is null)
        {
            return await work().ConfigureAwait(false);
        }

        return await console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async started =>
            {
                context = started;
                try
                {
                    return await work().ConfigureAwait(false);
                }
                finally
                {
                    context = null;
                }
            }).ConfigureAwait(false);
    }

    /// <summary>The status line: what the whole run is doing (restoring, opening a solution).</summary>
    public void Report(string text)
    {
        if (context is not { } live)
        {
            return;
        }

        lock (projects)
        {
            // Spectre refuses a task without a description, so each line is created with its first text.
            status ??= live.AddTask(Markup.Escape(text), new ProgressTaskSettings { AutoStart = true }).IsIndeterminate(true);
            status.Description = Markup.Escape(text);
        }
    }

    /// <summary>The line of one project (by its display path): its stage, and a bar that fills as the stages pass.</summary>
    public void Project(string project, ProjectStage stage, string? detail = null)
    {
        if (context is not { } live)
        {
            return;
        }

        lock (projects)
        {
            var description = Markup.Escape(project + ": " + (detail ?? Words(stage)));
            if (!projects.TryGetValue(project, out var line))
            {
                line = live.AddTask(description, new ProgressTaskSettings { MaxValue = (int)ProjectStage.Done });
                projects.Add(project, line);
            }

            line.Description = description;
            line.Value = (int)stage;
            if (stage == ProjectStage.Done)
            {
                line.StopTask();
            }
        }
    }

    private static string Words(ProjectStage stage) => stage switch
    {
        ProjectStage.Loading => "loading",
        ProjectStage.Compiling => "compiling",
        ProjectStage.Grading => "grading",
        _ => "done",
    };
}
