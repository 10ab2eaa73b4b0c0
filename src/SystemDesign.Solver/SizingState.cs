using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Solver;

/// <summary>The counts and parameters being searched, and the evaluation of them.</summary>
internal sealed class SizingState(Problem problem, Topology topology, ComponentRegistry registry)
{
    public Problem Problem { get; } = problem;

    public Topology Topology { get; } = topology;

    public int[] Counts { get; } = [.. topology.Parts.Select(_ => 1)];

    // Each part starts from the knobs the problem states for it (a client's share), which no finding changes.
    public SortedDictionary<string, double>[] Parameters { get; } = [.. topology.Parts.Select(p => new SortedDictionary<string, double>(p.Stated.ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal), StringComparer.Ordinal))];

    /// <summary>The connections, with the edge knobs the solver set (<see cref="SetEdgeKnob"/>).</summary>
    public Connection[] Edges { get; } = [.. topology.Connections];

    /// <summary>Per connection, why the solver set its knobs (the finding each answers); null where it set none.</summary>
    public string?[] EdgeReasons { get; } = new string?[topology.Connections.Count];

    public int EvaluationCount { get; private set; }

    /// <summary>Scenario findings no count within SD0015's bound cures, by <see cref="PastTheBound.Key"/>: why, for the draft's pragma.</summary>
    public SortedDictionary<string, string> OutOfReach { get; } = new(StringComparer.Ordinal);

    public ComponentRegistry Registry { get; } = registry;

    public double Headroom => Registry.Headroom.Value;

    private readonly Dictionary<string, int> byName = topology.Parts.Select((p, i) => (p.Name, i)).GroupBy(x => x.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);

    public Evaluation Evaluate()
    {
        EvaluationCount++;
        return Grader.Grade(Problem, Architecture(), Registry);
    }

    public Architecture Architecture() =>
        new(Problem.Id, Topology.Parts.Select((p, i) => new Component(p.Name, p.Type) { Instances = Counts[i], Parameters = Parameters[i] }), Edges);

    public int? IndexOf(string? name) => name is not null && byName.TryGetValue(name, out var i) ? i : null;

    public int? FirstOfType(string type) => AllOfType(type).Select(i => (int?)i).FirstOrDefault();

    // Components that meet a requirement naming this type: an alias required by name is met by itself or its canonical
    // type, never by a sibling alias (the tier check's rule, ComponentRegistry.Meets).
    public IEnumerable<int> AllOfType(string type) =>
        Enumerable.Range(0, Topology.Parts.Count).Where(i => Registry.Meets(Topology.Parts[i].Type, type));

    public bool CountAtLeast(int index, long count)
    {
        var capped = (int)Math.Min(count, Knobs.MaxInstances);
        if (Counts[index] >= capped)
        {
            return false;
        }

        Counts[index] = capped;
        return true;
    }

    public bool AtLeast(int index, string parameter, double value) =>
        !(Parameters[index].TryGetValue(parameter, out var current) && current >= value) && Set(index, parameter, value);

    public bool Set(int index, string parameter, double value)
    {
        if (Parameters[index].TryGetValue(parameter, out var current) && current.Equals(value))
        {
            return false;
        }

        Parameters[index][parameter] = value;
        return true;
    }

    /// <summary>Sets an edge knob a finding proposes; false when it is already so, or the value is not the knob's.</summary>
    public bool SetEdgeKnob(int index, EdgeKnob knob, string value, string reason)
    {
        if (index >= Edges.Length || EdgeFixes.With(Edges[index], knob, value) is not { } changed || changed.Equals(Edges[index]))
        {
            return false;
        }

        Edges[index] = changed;
        EdgeReasons[index] = EdgeReasons[index] is { } earlier ? earlier + "; " + reason : reason;
        return true;
    }

    // The out-of-reach notes of the findings the final design keeps, by rule (a draft's pragma is one per rule).
    private Dictionary<string, string> KeptOutOfReach(Evaluation evaluation)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var finding in evaluation.Findings)
        {
            if (OutOfReach.TryGetValue(PastTheBound.Key(finding), out var why))
            {
                kept[finding.RuleId] = kept.TryGetValue(finding.RuleId, out var earlier) && earlier != why ? earlier + " " + why : why;
            }
        }

        return kept;
    }

    public Solution Result(Evaluation evaluation, IReadOnlyList<string> reasons)
    {
        var parts = Topology.Parts.Select((p, i) => new SizedPart(
            p, Counts[i], new SortedDictionary<string, double>(Parameters[i], StringComparer.Ordinal), string.Empty,
            evaluation.Components.Count > i ? evaluation.Components[i].MonthlyCostUsd : 0)).ToList();
        var status = evaluation.Passed ? SolveStatus.Solved : Infeasibility.StatusOf(evaluation);
        var topology = Topology with { Connections = [.. Edges] };
        var solution = new Solution(Problem.Id, status, topology, parts, evaluation, reasons, EvaluationCount)
        {
            EdgeReasons = [.. EdgeReasons],
            OutOfReach = KeptOutOfReach(evaluation),
        };
        return status == SolveStatus.Solved ? CountReasons.Explain(solution, this) : solution;
    }
}
