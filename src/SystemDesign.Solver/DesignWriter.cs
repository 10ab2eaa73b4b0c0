using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SystemDesign.Catalog;
using SystemDesign.Engine;
using SystemDesign.Model;

namespace SystemDesign.Solver;

/// <summary>
/// Writes a solution as a [Design] class ready to paste: the problem's title and goal in the doc comment, a comment
/// on every count with the arithmetic that sets it, and the connections. Stable output: same solution, same text.
/// </summary>
public static class DesignWriter
{
    /// <summary>The namespace of the samples: <c>SystemDesign.Samples.&lt;Category&gt;</c>.</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The namespace.</returns>
    public static string NamespaceOf(Problem problem) => "SystemDesign.Samples." + CSharpNames.Pascal((problem ?? throw new ArgumentNullException(nameof(problem))).Category);

    /// <summary>The design class's name: the problem id in PascalCase and "Design" (ids end in Queue or Stream, names CA1711 keeps for collections).</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The class name.</returns>
    public static string ClassOf(Problem problem) => CSharpNames.Pascal((problem ?? throw new ArgumentNullException(nameof(problem))).Id) + "Design";

    /// <summary>The C# source of the design.</summary>
    /// <param name="problem">The problem solved.</param>
    /// <param name="solution">A solved solution.</param>
    /// <returns>The source text, with \n line ends.</returns>
    public static string Write(Problem problem, Solution solution)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(solution);
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');
        Line("// Drafted by `sysdesign solve " + problem.Id + "` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.");
        foreach (var (rule, why) in KeptWarnings(solution))
        {
            Line($"#pragma warning disable {rule} // {why}");
        }

        Line("namespace " + NamespaceOf(problem) + ";");
        Line();
        Line("/// <summary>");
        Line("/// " + Xml(problem.Title) + " (" + Xml(problem.Id) + ").");
        Line("/// Goal: " + Xml(OneLine(problem.Goal)));
        Line("/// Topology: " + Origin(solution.Topology.Origin) + (solution.Status == SolveStatus.Solved ? ". Cheapest passing counts found: " : ". Counts lowered to fit the budget (sysdesign solve --budget-first; the gates it gives up are its reasons): ")
            + Money(solution.Evaluation!.MonthlyCostUsd) + "/month" + (solution.Evaluation.MonthlyBudgetUsd is { } b ? " (budget " + Money(b) + ")" : string.Empty) + ".");
        foreach (var target in problem.InfeasibleTargets)
        {
            Line("/// Not applicable: the " + Xml(target.Gate) + " gate (infeasible target): " + Xml(OneLine(target.Reason)));
        }
        Line("/// </summary>");
        Line($"[Design({CSharpNames.Literal(problem.Id)})]");
        Line("public sealed class " + ClassOf(problem) + " : IDesign");
        Line("{");
        Line("    public void Describe(ArchitectureBuilder a)");
        Line("    {");
        var locals = CSharpNames.Unique(solution.Parts.Select(p => CSharpNames.Camel(p.Part.Name)));
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < solution.Parts.Count; i++)
        {
            var part = solution.Parts[i];
            byName.TryAdd(part.Part.Name, locals[i]);
            var isSource = solution.Evaluation.Components.Count > i && solution.Evaluation.Components[i].Kind == "client";
            Line("        // " + (isSource ? "the workload's source: users outside the system, not sized or billed" : OneLine(part.Why)));
            foreach (var why in part.ParameterWhy)
            {
                Line("        // " + OneLine(why));
            }

            var call = new StringBuilder().Append(CultureInfo.InvariantCulture, $"        var {locals[i]} = a.Component({CSharpNames.Literal(part.Part.Type)}, {CSharpNames.Literal(part.Part.Name)})");
            if (!isSource)
            {
                call.Append(CultureInfo.InvariantCulture, $".Instances({part.Instances.ToString(CultureInfo.InvariantCulture)})");
            }

            foreach (var parameter in part.Parameters)
            {
                call.Append(CultureInfo.InvariantCulture, $".Parameter({CSharpNames.Literal(parameter.Key)}, {NumberText.Raw(parameter.Value)})");
            }

            Line(call.Append(';').ToString());
        }

        if (solution.Topology.Connections.Count > 0)
        {
            Line();
        }

        for (var i = 0; i < solution.Topology.Connections.Count; i++)
        {
            var c = solution.Topology.Connections[i];
            if (!byName.TryGetValue(c.From, out var from) || !byName.TryGetValue(c.To, out var to))
            {
                continue;
            }

            if (i < solution.EdgeReasons.Count && solution.EdgeReasons[i] is { } reason)
            {
                Line("        // " + OneLine(reason));
            }

            var weight = (c.Weight is { } w ? $".Weight({NumberText.Raw(w)})" : string.Empty) + EdgeFixes.Calls(c);
            Line(c.Kind switch
            {
                ConnectionKind.Consumes => $"        {to}.Consumes({from}){weight};",
                ConnectionKind.Default => $"        {from}.ConnectsTo({to}){weight};",
                ConnectionKind.Replicates => $"        {from}.ReplicatesTo({to}){weight};",
                _ => $"        {from}.{c.Kind}({to}){weight};",
            });
        }

        Line("    }");
        Line("}");
        return text.ToString();
    }

    // Warnings the solver cannot cure by a count: stated in the file, with the engine's reason, so the build stays clean
    // and a reader sees what the design leaves open.
    private static IEnumerable<(string Rule, string Why)> KeptWarnings(Solution solution) =>
        solution.Evaluation!.Findings.Where(f => f.Severity == Severity.Warning)
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, OneLine((solution.OutOfReach.TryGetValue(g.Key, out var why) ? why + " " : string.Empty) + g.First().Message)
                + (g.Count() > 1 ? $" (and {g.Count() - 1} more)" : string.Empty)));

    private static string Origin(TopologyOrigin origin) => origin switch
    {
        TopologyOrigin.Reference => "the catalog's reference solution",
        TopologyOrigin.Palette => "built from the problem's palette (the catalog has no reference solution)",
        _ => "the design's own components and connections",
    };

    internal static string Money(double usd) => "$" + NumberText.Decimals(usd, 0, grouped: true);

    private static string OneLine(string text)
    {
        var line = string.Join(" ", text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return line.Length > 300 ? line[..297] + "..." : line;
    }

    private static string Xml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
