using System;
using System.Diagnostics;
using System.Linq;
using SystemDesign.Engine;

namespace SystemDesign.Cli.Grading;

/// <summary>The stages of <c>grade</c> that <c>--timings</c> reports; docs/performance.md quotes their medians.</summary>
internal enum Phase
{
    SdkLocation,
    Restore,
    WorkspaceLoad,
    Compilation,
    Interpretation,
    Evaluation,
    Report,
}

/// <summary>Wall time per <see cref="Phase"/>, summed over designs and projects.</summary>
internal sealed class PhaseTimings
{
    private readonly TimeSpan[] elapsed = new TimeSpan[Enum.GetValues<Phase>().Length];

    public T Time<T>(Phase phase, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            elapsed[(int)phase] += Stopwatch.GetElapsedTime(start);
        }
    }

    public void Add(Phase phase, TimeSpan time) => elapsed[(int)phase] += time;

    public void Time(Phase phase, Action work) => Time(phase, () =>
    {
        work();
        return true;
    });

    /// <summary>One line, <c>timings: sdk-location=0.012s ...</c>, in seconds with the invariant culture.</summary>
    public string Line(TimeSpan total) =>
        "timings: " + string.Join(" ", Enum.GetValues<Phase>().Select(p => Name(p) + "=" + Seconds(elapsed[(int)p])))
        + " total=" + Seconds(total);

    private static string Seconds(TimeSpan time) => NumberText.Fixed(time.TotalSeconds, 3) + "s";

    private static string Name(Phase phase) => phase switch
    {
        Phase.SdkLocation => "sdk-location",
        Phase.Restore => "restore",
        Phase.WorkspaceLoad => "workspace-load",
        Phase.Compilation => "compilation",
        Phase.Interpretation => "interpretation",
        Phase.Evaluation => "evaluation",
        Phase.Report => "report",
        _ => phase.ToString(),
    };
}
