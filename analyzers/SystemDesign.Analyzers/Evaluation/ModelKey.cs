using System;
using System.Collections.Generic;
using SystemDesign.Model;

namespace SystemDesign.Analyzers.Evaluation;

/// <summary>
/// What the engine's answer depends on: the problem id and the interpreted model, without the source spans
/// (<c>DeclaredAt</c>), so an edit that only moves the design in its file (a comment, a blank line, another member)
/// finds the findings of the same model. Values compare exactly (doubles by their bits: <c>-0.0</c> and <c>0.0</c>
/// print differently in messages). <c>ModelKeyTests</c> fails when the model gains a property this type ignores.
/// </summary>
internal sealed class ModelKey : IEquatable<ModelKey>
{
    private readonly int hash;

    public ModelKey(string problemId, Architecture architecture)
    {
        ProblemId = problemId;
        Architecture = architecture;
        hash = Hash(problemId, architecture);
    }

    public string ProblemId { get; }

    /// <summary>The model; holds only strings and numbers (no compilation), so a cached key keeps nothing of Roslyn alive.</summary>
    public Architecture Architecture { get; }

    /// <summary>Components plus connections: what the cache's size budget counts.</summary>
    public int Size => Architecture.Components.Count + Architecture.Connections.Count;

    public bool Equals(ModelKey? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (hash == other.hash
                && string.Equals(ProblemId, other.ProblemId, StringComparison.Ordinal)
                && SameModel(Architecture, other.Architecture)));

    public override bool Equals(object? obj) => Equals(obj as ModelKey);

    public override int GetHashCode() => hash;

    private static bool SameModel(Architecture a, Architecture b)
    {
        if (!string.Equals(a.ProblemId, b.ProblemId, StringComparison.Ordinal)
            || a.Components.Count != b.Components.Count
            || a.Connections.Count != b.Connections.Count
            || a.BuildFindings.Count != b.BuildFindings.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Components.Count; i++)
        {
            if (!SameComponent(a.Components[i], b.Components[i]))
            {
                return false;
            }
        }

        for (var i = 0; i < a.Connections.Count; i++)
        {
            if (!SameConnection(a.Connections[i], b.Connections[i]))
            {
                return false;
            }
        }

        for (var i = 0; i < a.BuildFindings.Count; i++)
        {
            if (!SameFinding(a.BuildFindings[i], b.BuildFindings[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameComponent(Component a, Component b)
    {
        if (!string.Equals(a.Name, b.Name, StringComparison.Ordinal)
            || !string.Equals(a.Type, b.Type, StringComparison.Ordinal)
            || !SameParameters(a.Parameters, b.Parameters))
        {
            return false;
        }

        // Every knob of the table that is not a parameter (those were just compared): one row, one comparison.
        foreach (var knob in Knobs.All)
        {
            if (knob.Parameter is null && !SameValue(knob.Read(a), knob.Read(b)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameValue(object? a, object? b) => (a, b) switch
    {
        (double x, double y) => Same(x, y),
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        _ => Equals(a, b),
    };

    private static bool SameConnection(Connection a, Connection b)
    {
        if (!string.Equals(a.From, b.From, StringComparison.Ordinal)
            || !string.Equals(a.To, b.To, StringComparison.Ordinal)
            || a.Kind != b.Kind
            || !Same(a.Weight, b.Weight)
            || a.AlwaysFetches != b.AlwaysFetches)
        {
            return false;
        }

        // Every row of the edge-knob table: one row, one comparison.
        foreach (var knob in EdgeKnobs.All)
        {
            if (!SameValue(knob.Read(a), knob.Read(b)))
            {
                return false;
            }
        }

        return true;
    }

    // Build findings (SD0009) come from the builder, not from the source spans, so their location is compared too.
    private static bool SameFinding(Finding a, Finding b) =>
        string.Equals(a.RuleId, b.RuleId, StringComparison.Ordinal)
        && a.Severity == b.Severity
        && string.Equals(a.Component, b.Component, StringComparison.Ordinal)
        && string.Equals(a.Message, b.Message, StringComparison.Ordinal)
        && string.Equals(a.Knob, b.Knob, StringComparison.Ordinal)
        && Equals(a.Location, b.Location)
        && SameProperties(a.Properties, b.Properties);

    private static bool Same(double? a, double? b) =>
        a.HasValue == b.HasValue && (!a.HasValue || BitConverter.DoubleToInt64Bits(a.GetValueOrDefault()) == BitConverter.DoubleToInt64Bits(b.GetValueOrDefault()));

    private static bool SameParameters(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var pair in a)
        {
            if (!b.TryGetValue(pair.Key, out var value) || BitConverter.DoubleToInt64Bits(pair.Value) != BitConverter.DoubleToInt64Bits(value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameProperties(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var pair in a)
        {
            if (!b.TryGetValue(pair.Key, out var value) || !string.Equals(pair.Value, value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static int Hash(string problemId, Architecture architecture)
    {
        unchecked
        {
            var hash = Of(problemId);
            foreach (var component in architecture.Components)
            {
                hash = (hash * 31) + Of(component.Name);
                hash = (hash * 31) + Of(component.Type);
                hash = (hash * 31) + component.Instances.GetValueOrDefault(-1);
                hash = (hash * 31) + component.Parameters.Count;
            }

            foreach (var connection in architecture.Connections)
            {
                hash = (hash * 31) + Of(connection.To);
                hash = (hash * 31) + (int)connection.Kind;
            }

            return (hash * 31) + architecture.BuildFindings.Count;
        }
    }

    // The model's strings are never null when built by the builder; a hash must not throw if one ever is.
    private static int Of(string? text) => text is null ? 0 : StringComparer.Ordinal.GetHashCode(text);
}
