using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using SystemDesign.Catalog;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Importer;

/// <summary>
/// Hand-curated corrections (catalog/overrides.json), applied after parsing. Format (docs/catalog.md):
/// <code>
/// { "problems": { "&lt;id&gt;": [ { "op": "addComponents", "components": [ { "name": "...", "type": "..." } ], "reason": "..." }, ... ] } }
/// </code>
/// Operations: addComponents, removeComponents, addConnections, removeConnections, setRange, decideRequestRate,
/// decideReadRatio, retypeComponent, setClientShare, replaceText, infeasibleTarget (a gate no honest design can pass,
/// graded not applicable with the reason). Every
/// operation needs a reason; anything that does not match the problem (unknown id, missing tier,
/// component or connection, duplicate addition, unknown property) is an error naming its place.
/// </summary>
public static partial class OverrideFile
{
    /// <summary>A parsed override file: operations per problem id, in file order.</summary>
    public sealed class OverrideSet
    {
        public static OverrideSet Empty { get; } = new([]);

        public OverrideSet(IReadOnlyList<(string ProblemId, IReadOnlyList<Operation> Operations)> problems) => Problems = problems;

        public IReadOnlyList<(string ProblemId, IReadOnlyList<Operation> Operations)> Problems { get; }
    }

    /// <summary>One operation: where it stands in the file, its kind and its reason; only the members of its <see cref="Op"/> are set.</summary>
    public sealed record Operation(string Path, string Op, string Reason)
    {
        /// <summary>addComponents: the components to add.</summary>
        public IReadOnlyList<ReferenceComponent> Components { get; init; } = [];

        /// <summary>removeComponents: the names to remove.</summary>
        public IReadOnlyList<string> Names { get; init; } = [];

        /// <summary>addConnections, removeConnections: the connections.</summary>
        public IReadOnlyList<ReferenceConnection> Connections { get; init; } = [];

        /// <summary>setRange: the tier, component type and parameter of the range, its bounds and their source.</summary>
        public (string Tier, string Type, string Parameter, double? Min, double? Max, string Source)? Range { get; init; }

        /// <summary>decideRequestRate, decideReadRatio: the figure the import computes (checked) and the one to grade.</summary>
        public (double Imported, double Graded)? Decision { get; init; }

        /// <summary>infeasibleTarget: the gate no honest design can pass.</summary>
        public string? Gate { get; init; }

        /// <summary>replaceText: the field (<c>description</c> or <c>hints</c>), the exact text to find and its replacement.</summary>
        public (string Field, string Find, string Replace)? Text { get; init; }

        /// <summary>retypeComponent: the reference component, the type the export gives it and the type it gets.</summary>
        public (string Component, string From, string To)? Retype { get; init; }

        /// <summary>setClientShare: the reference client and its stated share or rate (one of the two).</summary>
        public (string Component, double? Share, double? Rate)? ClientPart { get; init; }
    }

    private static readonly Dictionary<string, string[]> Fields = new(StringComparer.Ordinal)
    {
        ["addComponents"] = ["op", "reason", "components"],
        ["removeComponents"] = ["op", "reason", "names"],
        ["addConnections"] = ["op", "reason", "connections"],
        ["removeConnections"] = ["op", "reason", "connections"],
        ["setRange"] = ["op", "reason", "tier", "type", "parameter", "min", "max", "source"],
        ["decideRequestRate"] = ["op", "reason", "imported", "graded"],
        ["decideReadRatio"] = ["op", "reason", "imported", "graded"],
        ["retypeComponent"] = ["op", "reason", "component", "from", "to"],
        ["setClientShare"] = ["op", "reason", "component", "workloadShare", "requestRate"],
        ["replaceText"] = ["op", "reason", "field", "find", "replace"],
        ["infeasibleTarget"] = ["op", "reason", "gate"],
    };

    /// <summary>The gates an infeasibleTarget may name: the catalog's list (the engine's five, in its spelling).</summary>
    public static IReadOnlyList<string> Gates => CatalogValidator.Gates;

    /// <summary>Parses override JSON; <paramref name="file"/> is used in messages.</summary>
    public static OverrideSet Parse(string json, string file)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var at = e.Path is { Length: > 0 } jsonPath ? " (at " + jsonPath + ")" : string.Empty;
            throw new ImportException($"{file}: line {(e.LineNumber ?? 0) + 1}{at}: not well-formed JSON ({e.Message}); expected the override format of docs/catalog.md");
        }

        using (document)
        {
            var root = document.RootElement;
            Expect(root.ValueKind == JsonValueKind.Object, file, "$", "an object with a \"problems\" property");
            var problems = new List<(string, IReadOnlyList<Operation>)>();
            foreach (var property in root.EnumerateObject())
            {
                if (property.NameEquals("$comment"))
                {
                    continue;
                }

                Expect(property.NameEquals("problems"), file, "$." + property.Name, "only \"$comment\" and \"problems\" at the top level");
                Expect(property.Value.ValueKind == JsonValueKind.Object, file, "$.problems", "an object keyed by problem id");
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var problem in property.Value.EnumerateObject())
                {
                    var path = "$.problems." + problem.Name;
                    Expect(seen.Add(problem.Name), file, path, "each problem id once");
                    Expect(problem.Value.ValueKind == JsonValueKind.Array && problem.Value.GetArrayLength() > 0, file, path, "a non-empty array of operations");
                    problems.Add((problem.Name, [.. problem.Value.EnumerateArray().Select((op, i) => ParseOperation(op, file, Item(path, i)))]));
                }
            }

            return new OverrideSet(problems);
        }
    }

    private static Operation ParseOperation(JsonElement op, string file, string path)
    {
        Expect(op.ValueKind == JsonValueKind.Object, file, path, "an operation object");
        var kind = String(op, file, path, "op");
        Expect(Fields.TryGetValue(kind, out var allowed), file, path + ".op", "one of " + string.Join(", ", Fields.Keys));
        foreach (var property in op.EnumerateObject())
        {
            Expect(allowed!.Contains(property.Name, StringComparer.Ordinal), file, path + "." + property.Name, $"only {string.Join(", ", allowed!)} in a {kind} operation");
        }

        var reason = String(op, file, path, "reason");
        Expect(reason.Trim().Length > 0, file, path + ".reason", "a non-empty reason");
        return kind switch
        {
            "addComponents" => new Operation(path, kind, reason) { Components = Items(op, file, path, "components", (e, p) => new ReferenceComponent(String(e, file, p, "name"), String(e, file, p, "type"))) },
            "removeComponents" => new Operation(path, kind, reason) { Names = Items(op, file, path, "names", (e, p) => { Expect(e.ValueKind == JsonValueKind.String, file, p, "a component name"); return e.GetString()!; }) },
            "addConnections" or "removeConnections" => new Operation(path, kind, reason) { Connections = Items(op, file, path, "connections", (e, p) => new ReferenceConnection(String(e, file, p, "from"), String(e, file, p, "to"))) },
            "decideRequestRate" => DecideRequestRate(op, file, path, reason),
            "decideReadRatio" => DecideReadRatio(op, file, path, reason),
            "retypeComponent" => RetypeComponent(op, file, path, reason),
            "setClientShare" => SetClientShare(op, file, path, reason),
            "replaceText" => ReplaceText(op, file, path, reason),
            "infeasibleTarget" => InfeasibleTarget(op, file, path, reason),
            _ => SetRange(op, file, path, reason),
        };
    }

    private static Operation SetRange(JsonElement op, string file, string path, string reason)
    {
        var min = OptionalNumber(op, file, path, "min");
        var max = OptionalNumber(op, file, path, "max");
        Expect(min is not null || max is not null, file, path, "at least one of min and max");
        Expect(min is null || max is null || min <= max, file, path + ".min", "min <= max");
        return new Operation(path, "setRange", reason)
        {
            Range = (String(op, file, path, "tier"), String(op, file, path, "type"), String(op, file, path, "parameter"), min, max, String(op, file, path, "source")),
        };
    }

    private static Operation DecideRequestRate(JsonElement op, string file, string path, string reason)
    {
        var imported = OptionalNumber(op, file, path, "imported");
        var graded = OptionalNumber(op, file, path, "graded");
        Expect(imported is > 0, file, path + ".imported", "the request rate the import computes, in req/s (a number above 0)");
        Expect(graded is > 0, file, path + ".graded", "the request rate to grade, in req/s (a number above 0)");
        return new Operation(path, "decideRequestRate", reason) { Decision = (imported!.Value, graded!.Value) };
    }

    private static Operation ReplaceText(JsonElement op, string file, string path, string reason)
    {
        var field = String(op, file, path, "field");
        Expect(field is "description" or "hints", file, path + ".field", "\"description\" or \"hints\"");
        return new Operation(path, "replaceText", reason)
        {
            Text = (field, String(op, file, path, "find"), String(op, file, path, "replace")),
        };
    }

    private static Operation InfeasibleTarget(JsonElement op, string file, string path, string reason)
    {
        var gate = String(op, file, path, "gate");
        Expect(Gates.Contains(gate, StringComparer.Ordinal), file, path + ".gate", "one of " + string.Join(", ", Gates));
        return new Operation(path, "infeasibleTarget", reason) { Gate = gate };
    }

    /// <summary>
    /// Applies the overrides to the parsed problems, replacing each problem touched in <paramref name="problems"/> by
    /// its corrected copy, which records a correction per operation.
    /// </summary>
    public static void Apply(OverrideSet overrides, IList<Problem> problems, string file)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(problems);
        var indexById = Enumerable.Range(0, problems.Count).ToDictionary(i => problems[i].Id, StringComparer.Ordinal);
        foreach (var (id, operations) in overrides.Problems)
        {
            Expect(indexById.TryGetValue(id, out var index), file, "$.problems." + id, "the id of a problem in the export (no problem has this id)");
            foreach (var op in operations)
            {
                problems[index] = ApplyOne(problems[index], op, file);
            }
        }
    }

    private static Problem ApplyOne(Problem problem, Operation op, string file)
    {
        var label = ProblemLabel.Of(problem);
        Problem Corrected(Problem changed, string field) => changed with { Corrections = [.. changed.Corrections, new Correction(field, op.Reason)] };
        switch (op.Op)
        {
            case "setRange":
                return Corrected(SetRange(problem, op, file), $"tiers[{op.Range!.Value.Tier}].{op.Range.Value.Type}.{op.Range.Value.Parameter}");
            case "decideRequestRate":
                return Corrected(Decide(problem, op, file), "workload.requestRate");
            case "decideReadRatio":
                return Corrected(DecideRatio(problem, op, file), "workload.readRatio");
            case "retypeComponent":
                return Corrected(Retype(problem, op, file), "referenceSolution.components");
            case "setClientShare":
                return Corrected(SetShare(problem, op, file), "referenceSolution.components");
            case "replaceText":
                return Replace(problem, op, file);
            case "infeasibleTarget":
                Expect(!problem.InfeasibleTargets.Any(t => string.Equals(t.Gate, op.Gate, StringComparison.Ordinal)), file, op.Path + ".gate", $"each gate once per problem ({label} already has {op.Gate})");
                return Corrected(problem with { InfeasibleTargets = [.. problem.InfeasibleTargets, new InfeasibleTarget(op.Gate!, op.Reason)] }, "infeasibleTargets." + op.Gate);
        }

        var solution = problem.ReferenceSolution;
        Expect(solution is not null, file, op.Path, $"a problem with a reference solution ({label} has none)");
        var components = solution!.Components.ToList();
        var connections = solution.Connections.ToList();
        bool Exists(string name) => components.Any(c => string.Equals(c.Name, name, StringComparison.Ordinal));
        int IndexOf(ReferenceConnection c) => connections.FindIndex(x => string.Equals(x.From, c.From, StringComparison.Ordinal) && string.Equals(x.To, c.To, StringComparison.Ordinal));
        switch (op.Op)
        {
            case "addComponents":
                foreach (var component in op.Components)
                {
                    Expect(!Exists(component.Name), file, op.Path, $"a new component name ('{component.Name}' already exists in {label})");
                    components.Add(component);
                }

                break;
            case "removeComponents":
                foreach (var name in op.Names)
                {
                    Expect(Exists(name), file, op.Path, $"an existing component ('{name}' is not in {label})");
                    Expect(!connections.Any(c => string.Equals(c.From, name, StringComparison.Ordinal) || string.Equals(c.To, name, StringComparison.Ordinal)), file, op.Path, $"a component without connections (remove the connections of '{name}' first)");
                    components.RemoveAll(c => string.Equals(c.Name, name, StringComparison.Ordinal));
                }

                break;
            case "addConnections":
                foreach (var connection in op.Connections)
                {
                    Expect(Exists(connection.From) && Exists(connection.To), file, op.Path, $"connections between existing components ('{connection.From} → {connection.To}' names a component {label} lacks)");
                    Expect(IndexOf(connection) < 0, file, op.Path, $"a new connection ('{connection.From} → {connection.To}' already exists)");
                    connections.Add(connection);
                }

                break;
            case "removeConnections":
                foreach (var connection in op.Connections)
                {
                    var index = IndexOf(connection);
                    Expect(index >= 0, file, op.Path, $"an existing connection ('{connection.From} → {connection.To}' is not in {label})");
                    connections.RemoveAt(index);
                }

                break;
            default:
                throw new InvalidOperationException("unhandled override " + op.Op);
        }

        var field = op.Op.EndsWith("Components", StringComparison.Ordinal) ? "referenceSolution.components" : "referenceSolution.connections";
        return Corrected(problem with { ReferenceSolution = solution with { Components = components, Connections = connections } }, field);
    }

    private static Problem SetRange(Problem problem, Operation op, string file)
    {
        var label = ProblemLabel.Of(problem);
        var range = op.Range!.Value;
        var tier = problem.Tiers.FirstOrDefault(t => string.Equals(t.Id, range.Tier, StringComparison.Ordinal));
        Expect(tier is not null, file, op.Path + ".tier", $"a tier of {label} (it has {(problem.Tiers.Count == 0 ? "no tiers" : string.Join(", ", problem.Tiers.Select(t => t.Id)))})");
        var requirement = tier!.Requirements.OfType<ParameterRangeRequirement>().FirstOrDefault(r =>
            string.Equals(r.Type, range.Type, StringComparison.Ordinal) && string.Equals(r.Parameter, range.Parameter, StringComparison.Ordinal));
        Expect(requirement is not null, file, op.Path, $"a 'Parameter range check: {range.Type}.{range.Parameter}' in tier {range.Tier} of {label}");
        var bounded = requirement! with { Min = range.Min, Max = range.Max, Source = range.Source };
        var corrected = tier with { Requirements = tier.Requirements.Select(r => ReferenceEquals(r, requirement) ? bounded : r).ToList() };
        return problem with { Tiers = problem.Tiers.Select(t => ReferenceEquals(t, tier) ? corrected : t).ToList() };
    }

    private static Problem Decide(Problem problem, Operation op, string file)
    {
        var label = ProblemLabel.Of(problem);
        Expect(!problem.Corrections.Any(c => c.Field == "workload.requestRate"), file, op.Path, $"one decideRequestRate per problem ({label} already has one)");
        var rate = problem.Workload.RequestRate;
        Expect(rate is not null, file, op.Path, $"a problem whose import yields a request rate ({label} has none)");
        var (imported, graded) = op.Decision!.Value;
        var actual = rate!.Value;
        // The decision was made against a figure; if the export or the parser now gives another, it must be re-decided.
        Expect(Math.Abs(imported - actual) <= 1e-9 * actual, file, op.Path + ".imported",
            string.Create(CultureInfo.InvariantCulture, $"{CatalogNumber.Format(actual)}, the rate the import now computes for {label} (it was decided against {CatalogNumber.Format(imported)}: review the decision and update imported)"));
        return ProblemWorkload.WithDecidedRate(problem, graded);
    }

    // The text must occur exactly once in the field (in one hint, once), so an edit to the export cannot make it apply
    // twice or silently nowhere.
    private static Problem Replace(Problem problem, Operation op, string file)
    {
        var label = ProblemLabel.Of(problem);
        var (field, find, replace) = op.Text!.Value;
        static int Count(string text, string find) => (text.Length - text.Replace(find, string.Empty, StringComparison.Ordinal).Length) / find.Length;
        if (field == "description")
        {
            Expect(Count(problem.Description, find) == 1, file, op.Path + ".find", $"text that occurs once in the description of {label}");
            return problem with
            {
                Description = problem.Description.Replace(find, replace, StringComparison.Ordinal),
                Corrections = [.. problem.Corrections, new Correction("description", op.Reason)],
            };
        }

        var holders = Enumerable.Range(0, problem.Hints.Count).Where(i => Count(problem.Hints[i], find) > 0).ToList();
        Expect(holders.Count == 1 && Count(problem.Hints[holders[0]], find) == 1, file, op.Path + ".find", $"text that occurs once in the hints of {label}");
        var hints = problem.Hints.ToList();
        hints[holders[0]] = hints[holders[0]].Replace(find, replace, StringComparison.Ordinal);
        return problem with
        {
            Hints = hints,
            Corrections = [.. problem.Corrections, new Correction("hints[" + holders[0].ToString(CultureInfo.InvariantCulture) + "]", op.Reason)],
        };
    }

    private static string String(JsonElement e, string file, string path, string name)
    {
        Expect(e.ValueKind == JsonValueKind.Object, file, path, "an object");
        Expect(e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0, file, path + "." + name, "a non-empty string");
        return value.GetString()!;
    }

    private static double? OptionalNumber(JsonElement e, string file, string path, string name)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(value.ValueKind == JsonValueKind.Number, file, path + "." + name, "a number or null");
        Expect(value.TryGetDouble(out var number) && double.IsFinite(number), file, path + "." + name, "a number within ±1.8e308");
        return number;
    }

    private static List<T> Items<T>(JsonElement e, string file, string path, string name, Func<JsonElement, string, T> read)
    {
        Expect(e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0, file, path + "." + name, "a non-empty array");
        return [.. value.EnumerateArray().Select((item, i) => read(item, Item(path + "." + name, i)))];
    }

    private static string Item(string arrayPath, int index) => arrayPath + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static void Expect(bool condition, string file, string path, string expected)
    {
        if (!condition)
        {
            throw new ImportException($"{file}: {path}: expected {expected}");
        }
    }
}
