using System;
using System.Collections.Generic;
using System.Globalization;

namespace SystemDesign.Model;

/// <summary>The SD0xxx checks of <see cref="Architecture.Validate"/>; one pass over components, one over connections.</summary>
internal static class ArchitectureValidator
{
    public static IReadOnlyList<Finding> Validate(Architecture architecture)
    {
        var findings = new List<Finding>(architecture.BuildFindings);
        var firstByName = new Dictionary<string, Component>(architecture.Components.Count, StringComparer.Ordinal);

        for (var i = 0; i < architecture.Components.Count; i++)
        {
            var component = architecture.Components[i];
            CheckIdentity(component, FindingTarget.Component(i), firstByName, findings);
            ComponentChecks.CheckKnobs(component, FindingTarget.Component(i), findings);
        }

        var seen = new HashSet<(string From, string To, ConnectionKind Kind)>();
        for (var i = 0; i < architecture.Connections.Count; i++)
        {
            CheckConnection(architecture.Connections[i], FindingTarget.Connection(i), firstByName, seen, findings);
        }

        return Array.AsReadOnly(findings.ToArray());
    }

    internal static string Describe(Component component) =>
        string.IsNullOrWhiteSpace(component.Name)
            ? "An unnamed component of type '" + component.Type + "'"
            : "'" + component.Name + "'";

    internal static Finding Make(Rule rule, string? component, FindingTarget target, string message, string? knob = null) =>
        new(rule, component, message) { Target = target, Knob = knob };

    private static void CheckIdentity(Component component, FindingTarget target, Dictionary<string, Component> firstByName, List<Finding> findings)
    {
        var name = component.Name;
        var reported = string.IsNullOrWhiteSpace(name) ? null : name;
        if (reported is null)
        {
            findings.Add(Make(Rules.EmptyName, null, target, string.Format(
                CultureInfo.InvariantCulture,
                "A component of type '{0}' has an empty name. Give every component a unique, non-empty name (edges refer to components by name).",
                component.Type)));
        }

        if (string.IsNullOrWhiteSpace(component.Type))
        {
            findings.Add(Make(Rules.EmptyType, reported, target, Describe(component)
                + " has an empty type. Place it with a typed method such as a.App(\"...\"), or with a.Component(\"type_name\", \"...\") using a catalog type name."));
        }

        if (firstByName.TryGetValue(name, out var first))
        {
            if (reported is not null)
            {
                findings.Add(Make(Rules.DuplicateName, reported, target, string.Format(
                    CultureInfo.InvariantCulture,
                    "'{0}' is declared more than once (first as type '{1}', again as type '{2}'). Edges refer to components by name, so names must be unique: rename one of them, or set Instances(n) on a single component instead of declaring copies.",
                    name,
                    first.Type,
                    component.Type)));
            }
        }
        else
        {
            firstByName.Add(name, component);
        }
    }

    private static void CheckConnection(
        Connection connection,
        FindingTarget target,
        Dictionary<string, Component> components,
        HashSet<(string From, string To, ConnectionKind Kind)> seen,
        List<Finding> findings)
    {
        var from = connection.From ?? string.Empty;
        var to = connection.To ?? string.Empty;
        // The call as written, built only for a message: most connections have nothing to report.
        string Call() => CallText(from, to, connection.Kind);
        var declaringName = connection.Kind == ConnectionKind.Consumes ? to : from;
        var declaring = components.ContainsKey(declaringName) ? declaringName : null;

        void CheckEnd(string end)
        {
            if (!components.ContainsKey(end))
            {
                findings.Add(Make(Rules.DanglingConnection, declaring, target, string.Format(
                    CultureInfo.InvariantCulture,
                    "{0}: '{1}' is not a component of this design. Declare it on the same builder (for example a.App(\"{1}\")) before connecting to it, or fix the name.",
                    Call(),
                    end)));
            }
        }

        // The declaring end first, as the user wrote the call.
        CheckEnd(connection.Kind == ConnectionKind.Consumes ? to : from);
        CheckEnd(connection.Kind == ConnectionKind.Consumes ? from : to);

        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            findings.Add(Make(Rules.SelfConnection, declaring, target, string.Format(
                CultureInfo.InvariantCulture,
                "{0}: '{1}' is connected to itself. Remove the edge; to model retries or more throughput, raise Instances or CapacityPerInstance instead.",
                Call(),
                from)));
        }
        else if (!seen.Add((from, to, connection.Kind)))
        {
            findings.Add(Make(Rules.DuplicateConnection, declaring, target, string.Format(
                CultureInfo.InvariantCulture,
                "{0} is declared more than once; the copies add nothing. Remove the repeated call (use Weight(...) on one edge to change its share of traffic).",
                Call())));
        }

        if (connection.Weight is { } weight && !IsPositiveFinite(weight))
        {
            findings.Add(Make(Rules.InvalidWeight, declaring, target, string.Format(
                CultureInfo.InvariantCulture,
                "{0}.Weight({1}): a weight must be a positive, finite number (the share of traffic relative to the sibling edges). Use a value such as Weight(0.3), or remove the call for an even split.",
                Call(),
                ModelNumbers.Literal(weight)),
                nameof(Edge.Weight)));
        }

        CheckEdgeKnobs(connection, target, Call(), declaring, findings);
    }

    /// <summary>Range checks of the edge-knob rows (<see cref="EdgeKnobs"/>), each finding on its knob (the squiggle's place).</summary>
    private static void CheckEdgeKnobs(Connection connection, FindingTarget target, string call, string? declaring, List<Finding> findings)
    {
        // nearest: the valid value closest to the one set, proposed under the row's FixProperty for the code fix.
        void Add(EdgeKnob knob, string message, string? nearest = null)
        {
            var finding = Make(Rules.InvalidEdgeKnob, declaring, target, message, knob.Key);
            findings.Add(nearest is null ? finding : finding with { Properties = new Dictionary<string, string> { [knob.FixProperty!] = nearest } });
        }

        if (!EdgeKnobs.AppliesTo(connection.Kind))
        {
            foreach (var knob in EdgeKnobs.All)
            {
                if (knob.IsSet(connection))
                {
                    Add(knob, string.Format(
                        CultureInfo.InvariantCulture,
                        "{0}.{1}: a {2} edge is not a call the source waits on or retries, so {1} means nothing here. Set it on the producer's Publishes edge or the caller's Calls/Reads/Writes edge instead, or remove it.",
                        call,
                        knob.Method,
                        connection.Kind == ConnectionKind.Consumes ? "Consumes" : "ReplicatesTo"));
                }
            }

            return;
        }

        if (connection.TimeoutMs is { } timeout && !IsPositiveFinite(timeout))
        {
            Add(EdgeKnobs.Timeout, string.Format(
                CultureInfo.InvariantCulture,
                "{0}.Timeout({1}): a timeout is a positive, finite number of milliseconds, for example {2}. Fix the value, or remove the call to wait without a timeout.",
                call,
                ModelNumbers.Literal(timeout),
                EdgeKnobs.Timeout.Example));
        }

        if (connection.Retries is { } retries && (retries < 0 || retries > EdgeKnobs.MaxRetries))
        {
            Add(EdgeKnobs.Retries, string.Format(
                CultureInfo.InvariantCulture,
                "{0}.Retries({1}): retries are a whole number from 0 to {2} (each is one more request to the target), for example {3}. Fix the value, or remove the call for no retries.",
                call,
                retries,
                EdgeKnobs.MaxRetries,
                EdgeKnobs.Retries.Example),
                (retries < 0 ? 0 : EdgeKnobs.MaxRetries).ToString(CultureInfo.InvariantCulture)); // the nearest valid count, for the fix
        }
    }

    internal static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    internal static bool IsPositiveFinite(double value) => IsFinite(value) && value > 0;

    /// <summary>The builder call that declares an edge, as the user wrote it.</summary>
    internal static string CallText(string from, string to, ConnectionKind kind) => kind switch
    {
        ConnectionKind.Consumes => Quote(to) + ".Consumes(" + Quote(from) + ")",
        ConnectionKind.Replicates => Quote(from) + ".ReplicatesTo(" + Quote(to) + ")",
        ConnectionKind.Default => Quote(from) + ".ConnectsTo(" + Quote(to) + ")",
        _ => Quote(from) + "." + kind.ToString() + "(" + Quote(to) + ")",
    };

    private static string Quote(string name) => "'" + name + "'";
}
