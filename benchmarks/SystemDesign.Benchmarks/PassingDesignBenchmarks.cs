using System.Linq;
using BenchmarkDotNet.Attributes;
using SystemDesign.Engine;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using SystemDesign.Samples.Caching;

namespace SystemDesign.Benchmarks;

/// <summary>
/// What the probe of a passing design's required counts costs (docs/engine.md, "Required instances"): the drafted
/// tinyurl sample (at its minimum: each binding count is settled by two re-checks) and the same with every count doubled
/// (each binding count bisected), with the probe on and off (<see cref="EngineOptions.MaxLatencyProbeWork"/> = 0).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class PassingDesignBenchmarks
{
    private static readonly EngineOptions NoProbe = new() { MaxLatencyProbeWork = 0 };
    private Architecture drafted = null!;
    private Architecture doubled = null!;

    [GlobalSetup]
    public void Setup()
    {
        drafted = Architecture.From(new TinyurlDesign());
        var components = drafted.Components.Select(c => c.Instances is { } n ? c with { Instances = 2 * n } : c).ToArray();
        doubled = new Architecture(drafted.ProblemId, components, drafted.Connections, drafted.BuildFindings);
        Grader.Grade(Designs.TieredProblem, drafted);
        Grader.Grade(Designs.TieredProblem, doubled);
    }

    [Benchmark(Baseline = true)]
    public Evaluation Drafted_Tinyurl_NoProbe() => Grader.Grade(Designs.TieredProblem, drafted, NoProbe);

    [Benchmark]
    public Evaluation Drafted_Tinyurl() => Grader.Grade(Designs.TieredProblem, drafted);

    [Benchmark]
    public Evaluation Doubled_Tinyurl_NoProbe() => Grader.Grade(Designs.TieredProblem, doubled, NoProbe);

    [Benchmark]
    public Evaluation Doubled_Tinyurl() => Grader.Grade(Designs.TieredProblem, doubled);
}
