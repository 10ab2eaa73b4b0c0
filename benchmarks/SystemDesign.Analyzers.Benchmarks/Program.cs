using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace SystemDesign.Analyzers.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/SystemDesign.Analyzers.Benchmarks -- [--edits N] [scenario ...]</c>:
/// edits one design of a 20-design project N times (default 200, after at least 50 unmeasured warm-up edits and 5 seconds) per scenario and
/// prints the median, 10th and 90th percentile of each measured time in milliseconds.
/// </summary>
public static class Program
{
    private static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(5);

    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var edits = 200;
        var warmUp = 50;
        var names = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--edits" when i + 1 < args.Length:
                    edits = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--warmup" when i + 1 < args.Length:
                    warmUp = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    names.Add(args[i]);
                    break;
            }
        }

        var scenarios = Scenario.All.Where(s => names.Count == 0 || names.Contains(s.Name, StringComparer.Ordinal)).ToArray();
        if (scenarios.Length == 0)
        {
            Console.Error.WriteLine("No such scenario. Scenarios: " + string.Join(", ", Scenario.All.Select(s => s.Name)));
            return 2;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{edits} measured edits per scenario after at least {warmUp} warm-up edits and {MinimumWarmUp.TotalSeconds} s; milliseconds: median [p10–p90]; {Environment.ProcessorCount} cores"));
        foreach (var scenario in scenarios)
        {
            await RunAsync(scenario, edits, warmUp).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task RunAsync(Scenario scenario, int edits, int warmUp)
    {
        var project = DesignProject.Create(scenario.Source(0));
        var first = await Reanalysis.MeasureAsync(project, scenario, 0).ConfigureAwait(false);

        // Warm up for a number of edits and at least a few seconds: the runtime recompiles hot methods with full
        // optimization only after they have run a while (tiered compilation), and an IDE has long done so.
        var watch = Stopwatch.StartNew();
        var edit = 1;
        for (; edit <= warmUp || watch.Elapsed < MinimumWarmUp; edit++)
        {
            await Reanalysis.MeasureAsync(project, scenario, edit).ConfigureAwait(false);
        }

        var times = new EditTimes[edits];
        for (var i = 0; i < edits; i++)
        {
            times[i] = await Reanalysis.MeasureAsync(project, scenario, edit + i).ConfigureAwait(false);
        }

        Console.WriteLine();
        Console.WriteLine(scenario.Name + " — " + scenario.What);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  first edit in the process (cold): request {first.Request:F1}, analyzer callbacks {first.Callbacks:F1}"));
        Row("request with the analyzer (new CompilationWithAnalyzers + binding + analyzer)", times.Select(t => t.Request));
        Row("  the analyzer's callbacks (driver telemetry)", times.Select(t => t.Callbacks));
        Row("request with a no-op analyzer (harness + binding + operation trees)", times.Select(t => t.Baseline));
        Row("stages: bind Describe to IOperation", times.Select(t => t.Stages.Bind));
        Row("stages: resolve API symbols", times.Select(t => t.Stages.Symbols));
        Row("stages: interpret (IOperation walk + builder replay)", times.Select(t => t.Stages.Interpret));
        Row("stages: [Design] argument + catalog lookup", times.Select(t => t.Stages.Catalog));
        Row("stages: engine Evaluate (uncached, what each edit paid before)", times.Select(t => t.Stages.Engine));
        Row("stages: the analyzer's evaluation (cache lookup, or the engine on a new model)", times.Select(t => t.Stages.Evaluation));
        Row(string.Create(CultureInfo.InvariantCulture, $"stages: locate findings + create {times[0].Stages.DiagnosticCount} diagnostics"), times.Select(t => t.Stages.Diagnostics));
        Row("stages after binding, summed (the analyzer's own work, one thread)", times.Select(t => t.Stages.AnalyzerWork));
    }

    private static void Row(string label, IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label,-82} {Percentile(sorted, 0.5),8:F3}  [{Percentile(sorted, 0.1):F3}–{Percentile(sorted, 0.9):F3}]"));
    }

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Round(p * (sorted.Length - 1))];
}
