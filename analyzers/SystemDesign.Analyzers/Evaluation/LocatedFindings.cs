using System.Collections.Generic;
using SystemDesign.Model;

namespace SystemDesign.Analyzers.Evaluation;

/// <summary>
/// Findings with their source spans replaced by what they point at (the i-th component or connection), so the
/// findings of one model can be placed on another declaration of the same model: the same design after an edit
/// that moved it, or another design that happens to build the same model.
/// </summary>
internal sealed class LocatedFindings
{
    private readonly Finding[] findings;

    // Per finding: what its span pointed at. A kind plus an index, so no index (connection 0 included) can be
    // mistaken for "nowhere" (the earlier ~index encoding made ~0 equal the -1 marker).
    private readonly Target[] targets;

    private LocatedFindings(Finding[] findings, Target[] targets)
    {
        this.findings = findings;
        this.targets = targets;
    }

    /// <summary>
    /// Null when a finding's span is not exactly one component's or connection's declaration (the engine only
    /// copies <c>DeclaredAt</c> today): such findings could not be moved, so they are not kept.
    /// </summary>
    public static LocatedFindings? From(IReadOnlyList<Finding> evaluated, Architecture architecture)
    {
        var findings = new Finding[evaluated.Count];
        var targets = new Target[evaluated.Count];
        Dictionary<SourceSpan, Target>? declarations = null;
        for (var i = 0; i < findings.Length; i++)
        {
            var finding = evaluated[i];
            targets[i] = Target.Nowhere;
            findings[i] = finding;
            if (finding.Location is not { } span)
            {
                continue;
            }

            declarations ??= Declarations(architecture);
            if (declarations is null || !declarations.TryGetValue(span, out targets[i]))
            {
                return null;
            }

            findings[i] = finding with { Location = null };
        }

        return new LocatedFindings(findings, targets);
    }

    /// <summary>The findings, located at <paramref name="architecture"/>'s declarations (a model equal to the one they came from).</summary>
    public IReadOnlyList<Finding> At(Architecture architecture)
    {
        var located = new Finding[findings.Length];
        for (var i = 0; i < located.Length; i++)
        {
            var target = targets[i];
            located[i] = target.Kind switch
            {
                TargetKind.Component => findings[i] with { Location = architecture.Components[target.Index].DeclaredAt },
                TargetKind.Connection => findings[i] with { Location = architecture.Connections[target.Index].DeclaredAt },
                _ => findings[i],
            };
        }

        return located;
    }

    /// <summary>Each declaration's span and what it declares; null if two declarations share a span (then a span says nothing).</summary>
    private static Dictionary<SourceSpan, Target>? Declarations(Architecture architecture)
    {
        var declarations = new Dictionary<SourceSpan, Target>();
        for (var i = 0; i < architecture.Components.Count; i++)
        {
            if (architecture.Components[i].DeclaredAt is { } span && !TryAdd(declarations, span, new Target(TargetKind.Component, i)))
            {
                return null;
            }
        }

        for (var i = 0; i < architecture.Connections.Count; i++)
        {
            if (architecture.Connections[i].DeclaredAt is { } span && !TryAdd(declarations, span, new Target(TargetKind.Connection, i)))
            {
                return null;
            }
        }

        return declarations;
    }

    private static bool TryAdd(Dictionary<SourceSpan, Target> declarations, SourceSpan span, Target target)
    {
        if (declarations.ContainsKey(span))
        {
            return false;
        }

        declarations.Add(span, target);
        return true;
    }

    private enum TargetKind : byte
    {
        Nowhere,
        Component,
        Connection,
    }

    /// <summary>The declaration a finding's span was: the <see cref="Index"/>-th component or connection, or none.</summary>
    private readonly struct Target
    {
        public static Target Nowhere => default;

        public Target(TargetKind kind, int index)
        {
            Kind = kind;
            Index = index;
        }

        public TargetKind Kind { get; }

        public int Index { get; }
    }
}
