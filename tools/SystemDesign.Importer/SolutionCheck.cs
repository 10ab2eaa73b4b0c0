using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;

namespace SystemDesign.Importer;

/// <summary>
/// Consistency checks run after overrides: every connection names existing components, every component
/// has a connection, and the reference solution meets the structural part of its own tiers (the required
/// types are present; a "connection from" type has an outgoing edge). Instance counts are not in the
/// export, so "Minimum N" is checked for presence of the type only. A failure means the export has a new
/// defect: record a correction in catalog/overrides.json.
/// </summary>
public static class SolutionCheck
{
    public static IReadOnlyList<string> Problems(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var found = new List<string>();
        var solution = problem.ReferenceSolution;
        if (solution is null)
        {
            if (problem.Tiers.Count > 0)
            {
                found.Add("has tiers but no reference solution");
            }

            return found;
        }

        var names = new HashSet<string>(solution.Components.Select(c => c.Name), StringComparer.Ordinal);
        foreach (var c in solution.Connections)
        {
            foreach (var end in new[] { c.From, c.To }.Where(n => !names.Contains(n)))
            {
                found.Add($"connection '{c.From} → {c.To}' names '{end}', which is not a component");
            }

            if (string.Equals(c.From, c.To, StringComparison.Ordinal))
            {
                found.Add($"connection '{c.From} → {c.To}' connects a component to itself");
            }
        }

        found.AddRange(solution.Connections.GroupBy(c => (c.From, c.To)).Where(g => g.Count() > 1)
            .Select(g => $"connection '{g.Key.From} → {g.Key.To}' is listed {g.Count()} times"));
        found.AddRange(solution.Components
            .Where(c => !solution.Connections.Any(x => string.Equals(x.From, c.Name, StringComparison.Ordinal) || string.Equals(x.To, c.Name, StringComparison.Ordinal)))
            .Select(c => $"component '{c.Name}' ({c.Type}) has no connection"));

        foreach (var tier in problem.Tiers)
        {
            foreach (var r in tier.Requirements)
            {
                // Met as the engine grades a tier: the registry's aliases, an alias required by name met by itself or its type.
                var ofType = solution.Components.Where(c => ProblemCatalog.BuiltIn.Components.Meets(c.Type, r.Type)).Select(c => c.Name).ToList();
                if (ofType.Count == 0)
                {
                    found.Add($"tier {tier.Id} requires type '{r.Type}' but the reference solution has no component of that type");
                }
                else if (r.Kind == RequirementKind.ConnectionFrom &&
                    !solution.Connections.Any(c => ofType.Contains(c.From, StringComparer.Ordinal)))
                {
                    found.Add($"tier {tier.Id} requires a connection from '{r.Type}' but no such component has an outgoing connection");
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Throws one <see cref="ImportException"/> listing every defect of every problem; its first line names the
    /// first defect's problem and line, so a one-line reader still learns where to look.
    /// </summary>
    /// <param name="problems">The problems, overrides applied.</param>
    /// <param name="headingLines">The line of each problem's heading in the export, by id (<see cref="ExportParser.Parse"/>); a problem without one is named without a line.</param>
    public static void Verify(IEnumerable<Problem> problems, IReadOnlyDictionary<string, int>? headingLines = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var messages = new List<string>();
        foreach (var problem in problems)
        {
            var place = headingLines is not null && headingLines.TryGetValue(problem.Id, out var line)
                ? ProblemLabel.Of(problem) + ", line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : ProblemLabel.Of(problem);
            messages.AddRange(Problems(problem).Select(m => $"problem {place}: {m}"));
        }

        if (messages.Count > 0)
        {
            var first = messages[0] + "; expected a reference solution consistent with itself and its tiers (fix it in overrides.json, see docs/catalog.md)";
            throw new ImportException(messages.Count == 1
                ? first
                : first + $"; {messages.Count - 1} more:\n  " + string.Join("\n  ", messages.Skip(1)));
        }
    }
}
