using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using SystemDesign.Catalog;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using SystemDesign.TestSupport;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>Designs and problems the evaluation tests share, and invariants every evaluation must hold.</summary>
internal static class Designs
{
    public const string Blog = TutorialBlog.Problem;

    /// <summary>The problem's reference solution as a design: each listed type by name, each connection a plain edge.</summary>
    public static Architecture FromReference(Problem problem)
    {
        var a = new ArchitectureBuilder(problem.Id);
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var c in problem.ReferenceSolution?.Components ?? [])
        {
            nodes.TryAdd(c.Name, a.Component(c.Type, c.Name));
        }

        foreach (var c in problem.ReferenceSolution?.Connections ?? [])
        {
            if (nodes.TryGetValue(c.From, out var from) && nodes.TryGetValue(c.To, out var to))
            {
                from.ConnectsTo(to);
            }
        }

        return a.Build();
    }

    /// <summary>A problem with exactly the workload a test states and nothing else (no tiers, no palette).</summary>
    public static Problem Problem(
        double? rate,
        double readRatio = 0.9,
        double? peak = null,
        LatencyTarget[]? latency = null,
        double? availability = null,
        double? budget = null,
        double? connections = null,
        params (string Key, double Value)[] constants) => new()
        {
            Id = "test-problem",
            Number = 0,
            Title = "Test problem",
            Category = "test",
            Summary = string.Empty,
            Goal = string.Empty,
            Description = string.Empty,
            FunctionalRequirements = [],
            NonFunctionalRequirements = [],
            Constants = [.. constants.Select(c => new Constant(c.Key, ConstantValue.Of(c.Value)))],
            Palette = [],
            Hints = [],
            Tiers = [],
            Corrections = [],
            Workload = new Workload
            {
                RequestRate = rate is { } r ? new Sourced(r, "test") : null,
                ReadRatio = new Sourced(readRatio, "test"),
                PeakMultiplier = peak is { } p ? new Sourced(p, "test") : null,
                LatencyTargets = latency ?? [],
                AvailabilityTarget = availability is { } av ? new Sourced(av, "test") : null,
                MonthlyBudget = budget is { } b ? new Sourced(b, "test") : null,
                ConcurrentConnections = connections is { } c ? new Sourced(c, "test") : null,
            },
        };

    public static Results.Evaluation Evaluate(Problem problem, Architecture design) =>
        Grader.Grade(problem, design, ProblemCatalog.BuiltIn.Components);

    public static ComponentResult Component(this Results.Evaluation evaluation, string name) =>
        evaluation.Components.Single(c => c.Name == name);

    public static Finding[] Findings(this Results.Evaluation evaluation, string ruleId, string? component = null) =>
        [.. evaluation.Findings.Where(f => f.RuleId == ruleId && (component is null || f.Component == component))];

    public static Finding Single(this Results.Evaluation evaluation, string ruleId, string? component = null)
    {
        var found = evaluation.Findings(ruleId, component);
        Assert.True(found.Length == 1, $"expected one {ruleId}{(component is null ? string.Empty : " on " + component)}, got {found.Length}:\n{Dump(evaluation)}");
        return found[0];
    }

    public static string Dump(Results.Evaluation evaluation)
    {
        var text = new StringBuilder();
        foreach (var f in evaluation.Findings)
        {
            text.Append(f.RuleId).Append(' ').Append(f.Severity).Append(' ').Append(f.Component).Append(": ").AppendLine(f.Message);
        }

        foreach (var c in evaluation.Components)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {c.Name}: reads {c.ReadRps:R} writes {c.WriteRps:R} offered {c.OfferedRps:R} util {c.Utilization:R} avail {c.ComponentAvailability:R} cost {c.MonthlyCostUsd:R}"));
        }

        foreach (var l in evaluation.Latency)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  latency {l.Entry} {l.RequestClass} P{l.Percentile}: {l.Milliseconds:R} ms (floor {l.FloorMilliseconds:R}, target {l.TargetMilliseconds:R})"));
        }

        return text.ToString();
    }

    /// <summary>Every double reachable from the evaluation's public properties: none NaN, none −∞ (+∞ means unbounded).</summary>
    public static IEnumerable<string> NonFiniteNumbers(Results.Evaluation evaluation)
    {
        var bad = new List<string>();
        Walk(evaluation, "evaluation", bad, 0);
        return bad;
    }

    private static void Walk(object? value, string path, List<string> bad, int depth)
    {
        switch (value)
        {
            case null or string or bool or int or long or Enum:
                return;
            case double d:
                if (double.IsNaN(d) || double.IsNegativeInfinity(d))
                {
                    bad.Add(path + " = " + d.ToString(CultureInfo.InvariantCulture));
                }

                return;
            case IDictionary<string, string>:
                return;
            case IEnumerable items:
                var i = 0;
                foreach (var item in items)
                {
                    Walk(item, path + "[" + i++.ToString(CultureInfo.InvariantCulture) + "]", bad, depth + 1);
                }

                return;
        }

        var type = value.GetType();
        if (depth > 8 || type.Namespace is null || !type.Namespace.StartsWith("SystemDesign", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            {
                Walk(property.GetValue(value), path + "." + property.Name, bad, depth + 1);
            }
        }
    }
}
