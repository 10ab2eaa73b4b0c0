using System.Collections.Generic;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Engine.Results;

/// <summary>
/// The grade of a design against a problem: tiers, gates, per-component figures, latency, availability,
/// cost, failure scenarios, and every finding with its arithmetic. Immutable; same input, same result.
/// </summary>
public sealed record Evaluation
{
    /// <summary>The problem graded against.</summary>
    public required string ProblemId { get; init; }

    /// <summary>The problem's title.</summary>
    public required string ProblemTitle { get; init; }

    /// <summary>The workload the figures are computed for (request rate, read share, peak).</summary>
    public required WorkloadUsed Workload { get; init; }

    /// <summary>Every finding: SD0xxx (design), SD1xxx (tiers), SD2xxx–SD6xxx (gates), SD7xxx (anti-patterns).</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Each tier of the problem with its requirement results; empty for problems without tiers.</summary>
    public required IReadOnlyList<TierResult> Tiers { get; init; }

    /// <summary>The five quality gates.</summary>
    public required IReadOnlyList<GateResult> Gates { get; init; }

    /// <summary>Per-component figures, in design order.</summary>
    public required IReadOnlyList<ComponentResult> Components { get; init; }

    /// <summary>
    /// What each connection carries, one per declared connection in design order; a component's offered load is the
    /// sum over its incoming connections. Empty for a problem the catalog does not have.
    /// </summary>
    public IReadOnlyList<ConnectionResult> Connections { get; init; } = [];

    /// <summary>The component with the highest utilization at the target rate, or null.</summary>
    public string? Bottleneck { get; init; }

    /// <summary>The largest client request rate the design sustains (bottleneck at 100%), or null when nothing limits it.</summary>
    public double? MaxSustainableRps { get; init; }

    /// <summary>End-to-end latency percentiles per entry and request class.</summary>
    public required IReadOnlyList<LatencyResult> Latency { get; init; }

    /// <summary>Availability of the request path (series of the components requests need).</summary>
    public double Availability { get; init; }

    /// <summary>
    /// The share of requests answered before a client's timeout (docs/engine.md, "Timeouts and retries"): already a
    /// factor of <see cref="Availability"/>; 1 when no call has a timeout.
    /// </summary>
    public double AnsweredInTime { get; init; } = 1;

    /// <summary>The availability target, or null.</summary>
    public double? AvailabilityTarget { get; init; }

    /// <summary>Components whose single failure stops requests.</summary>
    public required IReadOnlyList<string> SinglePointsOfFailure { get; init; }

    /// <summary>Total monthly cost in USD.</summary>
    public double MonthlyCostUsd { get; init; }

    /// <summary>Hours in a billing month the costs are charged for (the registry's, 730 by AWS convention).</summary>
    public double HoursPerMonth { get; init; }

    /// <summary>The monthly budget in USD, or null.</summary>
    public double? MonthlyBudgetUsd { get; init; }

    /// <summary>
    /// The cheapest passing design the solver found for the problem (catalog/cheapest-designs.json), or null: what good
    /// costs, so a grade can say how far above it this design is. It informs; no gate reads it.
    /// </summary>
    public SystemDesign.Catalog.CheapestDesign? CheapestPassing { get; init; }

    /// <summary>Failure scenarios and what breaks in each.</summary>
    public required IReadOnlyList<ScenarioResult> Scenarios { get; init; }

    /// <summary>Every per-instance figure the design states in place of its type's default; see docs/rules/SD0024.md.</summary>
    public IReadOnlyList<ClaimedFigure> Claims { get; init; } = [];

    /// <summary>Components graded on their type's placeholder figures (inherited, not measured for the type).</summary>
    public IReadOnlyList<PlaceholderFigures> Placeholders { get; init; } = [];

    /// <summary>
    /// Queues, streams and replicas that fall behind in a burst or have a lag target, with the backlog, the drain
    /// time and the lag of the last message (docs/engine.md, "Bursts and lag").
    /// </summary>
    public IReadOnlyList<BacklogResult> Backlogs { get; init; } = [];

    /// <summary>
    /// Each caller's connection pool to each database it calls: pool size, Little's-law concurrency and the wait for a
    /// connection (docs/engine.md, "Connection pools"), in caller then database order.
    /// </summary>
    public IReadOnlyList<PoolResult> Pools { get; init; } = [];

    /// <summary>
    /// True when there is no error finding and no gate failed: every tier and every applicable gate passes. The gates
    /// are read too because one can fail without an error of its own (a scenario that breaks on another gate's finding,
    /// excused there as an infeasible target), and the runner, the reports and the solver must agree on the verdict.
    /// </summary>
    public bool Passed
    {
        get
        {
            foreach (var finding in Findings)
            {
                if (finding.Severity == Severity.Error)
                {
                    return false;
                }
            }

            foreach (var gate in Gates)
            {
                if (gate.Status == GateStatus.Failed)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>The demand the engine evaluated, each figure with its source.</summary>
/// <param name="RequestRps">Client requests per second at the target.</param>
/// <param name="ReadRatio">Fraction of requests that are reads.</param>
/// <param name="PeakMultiplier">Peak rate ÷ target rate.</param>
/// <param name="ConcurrentConnections">Concurrent connections to hold, or null.</param>
public sealed record WorkloadUsed(Figure? RequestRps, Figure ReadRatio, Figure PeakMultiplier, Figure? ConcurrentConnections)
{
    /// <summary>How long a peak burst lasts, in seconds: the problem's, an option's, or the named default.</summary>
    public Figure BurstSeconds { get; init; } = Figure.Of(WorkloadDefaults.BurstSeconds);
}
