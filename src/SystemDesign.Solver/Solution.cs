using System.Collections.Generic;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Solver;

/// <summary>How a solve came out.</summary>
public enum SolveStatus
{
    /// <summary>A design passes every tier and every applicable gate.</summary>
    Solved,

    /// <summary>No count or parameter the solver may set passes: a target is out of reach (see the reasons).</summary>
    Infeasible,

    /// <summary>The solver could not finish (a topology the engine rejects, or an error in the solver).</summary>
    Failed,
}

/// <summary>One sized component: its count, the parameters set, and why the count is what it is.</summary>
/// <param name="Part">The component.</param>
/// <param name="Instances">The instance count.</param>
/// <param name="Parameters">Parameters set by the solver (hit rate, partitions...), by catalog name.</param>
/// <param name="Why">Why this count: the requirement that sets it, with the engine's arithmetic.</param>
/// <param name="MonthlyCostUsd">What the component costs per month at this count.</param>
public sealed record SizedPart(Part Part, int Instances, IReadOnlyDictionary<string, double> Parameters, string Why, double MonthlyCostUsd)
{
    /// <summary>Why a parameter the solver set has its value (shards, failover time), one line each.</summary>
    public IReadOnlyList<string> ParameterWhy { get; init; } = [];
}

/// <summary>The solver's answer for one problem and topology.</summary>
/// <param name="ProblemId">The problem.</param>
/// <param name="Status">Solved, infeasible or failed.</param>
/// <param name="Topology">The topology sized.</param>
/// <param name="Parts">The sized components, in topology order.</param>
/// <param name="Evaluation">The full evaluation of the final design.</param>
/// <param name="Reasons">For an infeasible or failed solve: each target out of reach, with the numbers.</param>
/// <param name="Evaluations">How many full evaluations the solve took.</param>
public sealed record Solution(
    string ProblemId,
    SolveStatus Status,
    Topology Topology,
    IReadOnlyList<SizedPart> Parts,
    Evaluation? Evaluation,
    IReadOnlyList<string> Reasons,
    int Evaluations)
{
    /// <summary>
    /// Per connection (in <see cref="Topology"/> order), why the solver set its edge knobs: the rule and the finding
    /// each answers; null where it set none. Empty for a solution made without them.
    /// </summary>
    public IReadOnlyList<string?> EdgeReasons { get; init; } = [];

    /// <summary>
    /// Per rule, why a warning the final design keeps is out of reach of any count within SD0015's bound (a scenario's
    /// latency needing a component past 1,000,000 however the others are sized); the draft's pragma states it first.
    /// </summary>
    public IReadOnlyDictionary<string, string> OutOfReach { get; init; } = new Dictionary<string, string>();

    /// <summary>The final design as an architecture.</summary>
    public Architecture ToArchitecture() => Sizer.Build(ProblemId, Topology, Parts);
}
