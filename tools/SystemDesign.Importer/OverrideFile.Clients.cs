using System;
using System.Linq;
using System.Text.Json;
using SystemDesign.Catalog;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Importer;

/// <summary>
/// The reference solution's clients (issue 8, "Who sends what"): retypeComponent gives a component the type its name
/// and role say (realtime-indexing's "Writers" write), setClientShare states the part of the workload a client sends
/// where the problem's text states it (multi-protocol-gateway: REST 70%, SOAP 20%, GraphQL 10%).
/// </summary>
public static partial class OverrideFile
{
    /// <summary>The registry the types of an override are checked against (catalog/components.json, as embedded).</summary>
    private static ComponentRegistry Registry => ProblemCatalog.BuiltIn.Components;

    private static Operation RetypeComponent(JsonElement op, string file, string path, string reason)
    {
        var component = String(op, file, path, "component");
        var from = String(op, file, path, "from");
        var to = String(op, file, path, "to");
        Expect(!string.Equals(from, to, StringComparison.Ordinal), file, path + ".to", "a type other than from (the component already has it)");
        Expect(Registry.Contains(to), file, path + ".to", KnownType(to));
        return new Operation(path, "retypeComponent", reason) { Retype = (component, from, to) };
    }

    private static Operation SetClientShare(JsonElement op, string file, string path, string reason)
    {
        var component = String(op, file, path, "component");
        var share = OptionalNumber(op, file, path, "workloadShare");
        var rate = OptionalNumber(op, file, path, "requestRate");
        Expect(share is not null ^ rate is not null, file, path, "one of workloadShare (a fraction of the client's role's requests) and requestRate (req/s at the target rate)");
        Expect(share is null or (> 0 and <= 1), file, path + ".workloadShare", "a share in (0, 1]");
        Expect(rate is null or > 0, file, path + ".requestRate", "a rate in req/s above 0");
        return new Operation(path, "setClientShare", reason) { ClientPart = (component, share, rate) };
    }

    private static Problem Retype(Problem problem, Operation op, string file)
    {
        var (name, from, to) = op.Retype!.Value;
        var (solution, index) = Component(problem, op, file, name);
        var label = ProblemLabel.Of(problem);
        var actual = solution.Components[index].Type;
        Expect(string.Equals(actual, from, StringComparison.Ordinal), file, op.Path + ".from", $"'{actual}', the type '{name}' has in {label} (the decision was made against '{from}': review it)");
        var components = solution.Components.ToList();
        components[index] = components[index] with { Type = to };

        // A tier the reference met must stay met: "Must have connection from: redirect_client" is not met by a create_client.
        foreach (var tier in problem.Tiers)
        {
            foreach (var requirement in tier.Requirements)
            {
                var before = solution.Components.Any(c => Registry.Meets(c.Type, requirement.Type));
                var after = components.Any(c => Registry.Meets(c.Type, requirement.Type));
                Expect(!before || after, file, op.Path + ".to", $"a type that keeps {label}'s tier {tier.Id} met (its requirement on '{requirement.Type}' is met only by '{name}' as '{from}')");
            }
        }

        return problem with { ReferenceSolution = solution with { Components = components } };
    }

    private static Problem SetShare(Problem problem, Operation op, string file)
    {
        var (name, share, rate) = op.ClientPart!.Value;
        var (solution, index) = Component(problem, op, file, name);
        var label = ProblemLabel.Of(problem);
        var type = solution.Components[index].Type;
        Expect(Registry.Resolve(type) is { Kind.Id: "client" }, file, op.Path + ".component", $"a client of {label}'s reference solution ('{name}' is of type {type}, which sends no workload)");
        var components = solution.Components.ToList();
        components[index] = components[index] with { WorkloadShare = share, RequestRate = rate };

        // Stated shares of clients of one role add up to at most all of it (the engine's SD2009 otherwise).
        var role = Registry.Resolve(type)!.Emits;
        var total = components.Where(c => c.WorkloadShare is not null && Registry.Resolve(c.Type)?.Emits == role).Sum(c => c.WorkloadShare!.Value);
        Expect(total <= 1 + 1e-9, file, op.Path + ".workloadShare",
            $"shares of the '{role.Name()}' clients of {label} that add up to at most 1 (they add up to {CatalogNumber.Decimals(total, 3, grouped: false)})");
        return problem with { ReferenceSolution = solution with { Components = components } };
    }

    private static (ReferenceSolution Solution, int Index) Component(Problem problem, Operation op, string file, string name)
    {
        var label = ProblemLabel.Of(problem);
        Expect(problem.ReferenceSolution is not null, file, op.Path, $"a problem with a reference solution ({label} has none)");
        var solution = problem.ReferenceSolution!;
        var index = solution.Components.ToList().FindIndex(c => string.Equals(c.Name, name, StringComparison.Ordinal));
        Expect(index >= 0, file, op.Path + ".component", $"a component of {label}'s reference solution ('{name}' is not one; it has {string.Join(", ", solution.Components.Select(c => "'" + c.Name + "'"))})");
        return (solution, index);
    }

    private static string KnownType(string type) =>
        $"a component type of catalog/components.json ('{type}' is unknown{(Registry.SuggestType(type) is { } near ? $"; did you mean '{near}'?" : string.Empty)})";
}
