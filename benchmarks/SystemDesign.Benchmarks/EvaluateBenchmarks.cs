using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SystemDesign.Engine;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Benchmarks;

/// <summary>The analyzer's case: a typical 15-component design, evaluated on every edit. Goal: well under 1 ms.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class TypicalDesignBenchmarks
{
    private Architecture tiered = null!;
    private Architecture tutorial = null!;

    [GlobalSetup]
    public void Setup()
    {
        tiered = Designs.RightSized(Designs.TieredProblem, Designs.Typical);
        tutorial = Designs.RightSized(Designs.TutorialProblem, Designs.TypicalTutorial);

        // Warm the caches the first call fills (problem, registry, Architecture.Validate) so only evaluation is timed.
        Grader.Grade(Designs.TieredProblem, tiered);
        Grader.Grade(Designs.TutorialProblem, tutorial);
    }

    /// <summary>15 components against tinyurl: 4 tiers, 1M req/s, 3 latency targets, 2 clients.</summary>
    [Benchmark(Baseline = true)]
    public Evaluation Typical15_Tinyurl() => Grader.Grade(Designs.TieredProblem, tiered);

    /// <summary>The 15-component list against tutorial-simple-blog (1 latency target, 1 client, palette findings).</summary>
    [Benchmark]
    public Evaluation Typical15_TutorialBlog() => Grader.Grade(Designs.TutorialProblem, tutorial);
}

/// <summary>
/// How cost grows with design size. Goal: 10,000 components under 50 ms. One evaluation per iteration (Monitoring);
/// ten warm-ups, so the engine's loops run tier-1 code as they do in a long-lived compiler or test process.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 10, iterationCount: 15)]
public class ScaledDesignBenchmarks
{
    private Architecture design = null!;

    [Params(100, 1_000, 10_000, 100_000)]
    public int Components { get; set; }

    /// <summary>The engine's settings for this benchmark; null for the defaults.</summary>
    protected virtual EngineOptions? Options => null;

    [GlobalSetup]
    public void Setup()
    {
        design = Designs.RightSized(Designs.TieredProblem, size => Designs.Scaled(Components, size));
        Grader.Grade(Designs.TieredProblem, design, Options);
    }

    [Benchmark]
    public Evaluation Evaluate() => Grader.Grade(Designs.TieredProblem, design, Options);
}

/// <summary>The same sizes with end-to-end latency switched off (EngineOptions.MaxComponentsForPathLatency = 0): what the rest of the engine costs.</summary>
public class ScaledWithoutPathLatencyBenchmarks : ScaledDesignBenchmarks
{
    private static readonly EngineOptions NoPathLatency = new() { MaxComponentsForPathLatency = 0 };

    /// <inheritdoc/>
    protected override EngineOptions? Options => NoPathLatency;
}

/// <summary>
/// The hostile shapes of issue 13 (<see cref="HostileShapes"/>) at 1,000 and 10,000 components: evaluation and the
/// three reports, since a shape that makes findings quadratic shows up in the reports' size first.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 7)]
public class HostileShapeBenchmarks
{
    private Architecture design = null!;
    private Evaluation evaluation = null!;

    [Params(HostileShapes.Shape.Ring, HostileShapes.Shape.Disconnected, HostileShapes.Shape.CacheStar, HostileShapes.Shape.SelfLoops, HostileShapes.Shape.DuplicateNames, HostileShapes.Shape.FanIn)]
    public HostileShapes.Shape Shape { get; set; }

    [Params(1_000, 10_000)]
    public int Components { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        design = HostileShapes.Build(Shape, Components);
        evaluation = Grader.Grade(Designs.TieredProblem, design);
    }

    [Benchmark]
    public Evaluation Evaluate() => Grader.Grade(Designs.TieredProblem, design);

    [Benchmark]
    public int Reports() =>
        SystemDesign.Reports.EvaluationReport.ToText(evaluation).Length
        + SystemDesign.Reports.EvaluationReport.ToMarkdown(evaluation).Length
        + SystemDesign.Reports.EvaluationReport.ToJson(evaluation).Length;
}
