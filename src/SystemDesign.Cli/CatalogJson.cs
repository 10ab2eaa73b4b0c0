using System.Linq;
using System.Text.Json.Nodes;
using SystemDesign.Catalog;
using SystemDesign.Reports;

namespace SystemDesign.Cli;

/// <summary>
/// The JSON of the catalog commands (<c>problems --format json</c>, <c>show --format json</c>), schema in docs/cli.md.
/// <c>show</c> carries the workload as the engine grades it and the palette's settled figures (<see cref="GradedFigures"/>).
/// </summary>
internal static class CatalogJson
{
    /// <summary>Raise when a field is removed, renamed or changes type; adding a field keeps the version.</summary>
    public const int SchemaVersion = 1;

    public static string Problems(System.Collections.Generic.IReadOnlyList<Problem> selected, int total) => JsonText.Write(new JsonObject
    {
        ["schemaVersion"] = SchemaVersion,
        ["matched"] = selected.Count,
        ["total"] = total,
        ["problems"] = new JsonArray([.. selected.Select(p => new JsonObject
        {
            ["id"] = p.Id,
            ["number"] = p.Number,
            ["title"] = p.Title,
            ["category"] = p.Category,
            ["difficulty"] = p.Difficulty,
            ["tiers"] = p.Tiers.Count,
            ["summary"] = p.Summary,
        })]),
    });

    public static string Problem(Problem p, GradedFigures figures) => JsonText.Write(new JsonObject
    {
        ["schemaVersion"] = SchemaVersion,
        ["id"] = p.Id,
        ["number"] = p.Number,
        ["title"] = p.Title,
        ["category"] = p.Category,
        ["difficulty"] = p.Difficulty,
        ["summary"] = p.Summary,
        ["goal"] = p.Goal,
        ["description"] = p.Description,
        ["functionalRequirements"] = Strings(p.FunctionalRequirements),
        ["nonFunctionalRequirements"] = new JsonArray([.. p.NonFunctionalRequirements.Select(n => new JsonObject { ["label"] = n.Label, ["text"] = n.Text })]),
        ["constants"] = new JsonArray([.. p.Constants.Select(c => new JsonObject { ["key"] = c.Key, ["value"] = Value(c.Value) })]),
        ["workload"] = WorkloadJson.Of(p.Workload),
        ["palette"] = Strings(p.Palette),
        ["paletteFigures"] = new JsonArray([.. figures.Palette.Select(WorkloadJson.Of)]),
        ["unreachableLatencyTargets"] = new JsonArray([.. figures.Unreachable.Select(u => new JsonObject
        {
            ["requestClass"] = u.RequestClass,
            ["percentile"] = u.Percentile,
            ["targetMilliseconds"] = u.TargetMs,
            ["floorMilliseconds"] = u.FloorMs,
            ["fastestType"] = u.Through,
        })]),
        ["latencyNotProbed"] = figures.LatencyNotProbed,
        ["tiers"] = new JsonArray([.. p.Tiers.Select(t => new JsonObject
        {
            ["id"] = t.Id,
            ["title"] = t.Title,
            ["requirements"] = new JsonArray([.. t.Requirements.Select(r => new JsonObject
            {
                ["kind"] = r.Kind.ToString(),
                ["type"] = r.Type,
                ["text"] = r.Describe(),
            })]),
        })]),
        ["hints"] = Strings(p.Hints),
        ["referenceSolution"] = p.ReferenceSolution is { } s ? new JsonObject
        {
            ["components"] = new JsonArray([.. s.Components.Select(Component)]),
            ["connections"] = new JsonArray([.. s.Connections.Select(c => new JsonObject { ["from"] = c.From, ["to"] = c.To })]),
        } : null,
        ["corrections"] = new JsonArray([.. p.Corrections.Select(c => new JsonObject { ["field"] = c.Field, ["reason"] = c.Reason })]),
    });

    // A client's stated part only where the problem states one, so the other components read as before.
    private static JsonObject Component(ReferenceComponent c)
    {
        var o = new JsonObject { ["name"] = c.Name, ["type"] = c.Type };
        if (c.WorkloadShare is { } share)
        {
            o["workloadShare"] = share;
        }

        if (c.RequestRate is { } rate)
        {
            o["requestRate"] = rate;
        }

        return o;
    }

    /// <summary>True for <c>--format json</c>, false for <c>--format text</c> or none.</summary>
    public static bool Wanted(Options options) => options.Value("--format")?.ToLowerInvariant() switch
    {
        null or "text" => false,
        "json" => true,
        var other => throw new UsageException($"--format takes text or json here; got '{other}'."),
    };

    private static JsonArray Strings(System.Collections.Generic.IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)i)]);

    private static JsonNode? Value(ConstantValue value) =>
        value.Number is { } n ? n : value.Boolean is { } b ? b : value.Text is { } t ? t : null;
}
