using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SystemDesign.Catalog;

/// <summary>One broken catalog rule: which problem, and what is wrong.</summary>
/// <param name="ProblemId">The problem (or <c>components.json</c>).</param>
/// <param name="Message">What is wrong and where.</param>
public sealed record CatalogIssue(string ProblemId, string Message)
{
    /// <inheritdoc />
    public override string ToString() => ProblemId + ": " + Message;
}

/// <summary>A catalog rejected by validation; no part of it was loaded.</summary>
public sealed class CatalogValidationException : Exception
{
    /// <summary>Creates the exception from the issues found.</summary>
    public CatalogValidationException(IReadOnlyList<CatalogIssue> issues)
        : base("The catalog is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, issues.Select(i => "  " + i)))
        => Issues = issues;

    /// <summary>Every issue found.</summary>
    public IReadOnlyList<CatalogIssue> Issues { get; }
}

/// <summary>The rules a catalog must satisfy before anything uses it.</summary>
public static class CatalogValidator
{
    /// <summary>The gates an infeasible target may name, in the engine's order (its <c>Gate</c> enum, lower case).</summary>
    public static IReadOnlyList<string> Gates => InfeasibleGates;

    private static readonly string[] InfeasibleGates = ["capacity", "latency", "availability", "cost", "resilience"];

    /// <summary>Checks problems and registry together; an empty list means the catalog is sound.</summary>
    public static IReadOnlyList<CatalogIssue> Validate(IReadOnlyList<Problem> problems, ComponentRegistry components)
    {
        var issues = new List<CatalogIssue>();
        ValidateRegistry(components, issues);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<int>();
        foreach (var problem in problems)
        {
            if (!ids.Add(problem.Id))
            {
                issues.Add(new CatalogIssue(problem.Id, "duplicate problem id; ids must be unique"));
            }

            if (!numbers.Add(problem.Number))
            {
                issues.Add(new CatalogIssue(problem.Id, "duplicate problem number " + problem.Number.ToString(CultureInfo.InvariantCulture)));
            }

            ValidateProblem(problem, components, issues);
        }

        return issues;
    }

    private static void ValidateProblem(Problem problem, ComponentRegistry components, List<CatalogIssue> issues)
    {
        void RequireType(string type, string where)
        {
            if (!components.Contains(type))
            {
                issues.Add(new CatalogIssue(problem.Id, $"{where}: unknown component type '{type}'; add it to catalog/components.json"));
            }
        }

        foreach (var type in problem.Palette)
        {
            RequireType(type, "palette");
        }

        foreach (var tier in problem.Tiers)
        {
            foreach (var requirement in tier.Requirements)
            {
                RequireType(requirement.Type, "tier " + tier.Id);
                if (requirement is MinimumCountRequirement { Count: < 0 } negative)
                {
                    issues.Add(new CatalogIssue(problem.Id, $"tier {tier.Id}: minimum count {negative.Count.ToString(CultureInfo.InvariantCulture)} of {negative.Type} is negative"));
                }

                if (requirement is ParameterRangeRequirement { Min: { } min, Max: { } max } range && min > max)
                {
                    issues.Add(new CatalogIssue(problem.Id, $"tier {tier.Id}: range of {range.Type}.{range.Parameter} has min > max"));
                }
            }
        }

        issues.AddRange(problem.InfeasibleTargets.Where(t => Array.IndexOf(InfeasibleGates, t.Gate) < 0)
            .Select(t => new CatalogIssue(problem.Id, $"infeasibleTargets: unknown gate '{t.Gate}'; expected one of {string.Join(", ", InfeasibleGates)}")));

        if (problem.ReferenceSolution is { } solution)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var component in solution.Components)
            {
                RequireType(component.Type, "reference solution component '" + component.Name + "'");
                if (!names.Add(component.Name))
                {
                    issues.Add(new CatalogIssue(problem.Id, $"reference solution: duplicate component name '{component.Name}'"));
                }
            }

            issues.AddRange(solution.Connections.SelectMany(c => new[] { c.From, c.To }.Where(end => !names.Contains(end))
                .Select(end => new CatalogIssue(problem.Id, $"reference solution: connection {c.From} → {c.To} names no component '{end}'"))));
        }
    }

    private static void ValidateRegistry(ComponentRegistry components, List<CatalogIssue> issues)
    {
        foreach (var entry in components.Types)
        {
            if (components.Resolve(entry.Type) is null)
            {
                issues.Add(new CatalogIssue("components.json", $"type '{entry.Type}' has no kind: its kind or alias target is not defined"));
            }
            else if (entry.Emits is { } role && components.Resolve(entry.Type)!.Kind.Id != "client")
            {
                issues.Add(new CatalogIssue("components.json", $"type '{entry.Type}' states \"emits\": \"{role.Name()}\" but is not a client: only a client type emits a share of the workload; remove it"));
            }
            else if (entry.Crosses is { } place && components.Resolve(entry.Type)!.Kind.Id != "network")
            {
                issues.Add(new CatalogIssue("components.json", $"type '{entry.Type}' states \"crosses\": \"{place}\" but is not a network link: only a link a call passes through crosses to a place off the Earth; remove it"));
            }
            else if (entry.PlaceholderFigures && (entry.AliasOf is not null || components.Resolve(entry.Type)!.Kind.Id == "client"))
            {
                // An alias takes its target's mark; a client's figures (always up, free) hold by definition.
                issues.Add(new CatalogIssue("components.json", $"type '{entry.Type}' states \"figures\": \"placeholder\" but is {(entry.AliasOf is null ? "a client, whose figures hold by definition" : "an alias, which takes its target's mark")}; remove it"));
            }
        }
    }
}
