using System.Linq;
using System.Text.Json.Nodes;
using SystemDesign.Catalog;
using SystemDesign.Engine.Results;

namespace SystemDesign.Cli;

/// <summary>
/// The workload and palette sections of <c>show --format json</c> (docs/cli.md): each figure as a value with its source;
/// fractions also as the percent text to the digits stated ("99.9999%"), as the text output prints them.
/// </summary>
internal static class WorkloadJson
{
    public static JsonObject Of(Workload w) => new()
    {
        ["requestRate"] = w.RequestRate is { } rate ? new JsonObject
        {
            ["value"] = rate.Value,
            ["source"] = rate.Source,
            ["statedAtPeak"] = w.RequestRateStatedAtPeak,
            ["scope"] = w.RequestRateScope is { } s ? new JsonObject
            {
                ["name"] = s.Name,
                ["perScope"] = s.PerScope,
                ["count"] = s.Count,
                ["countSource"] = s.CountSource,
            } : null,
        } : null,
        ["readRatio"] = Sourced(w.ReadRatio),
        ["peakMultiplier"] = Sourced(w.PeakMultiplier),
        ["concurrentConnections"] = Sourced(w.ConcurrentConnections),
        ["latencyTargets"] = new JsonArray([.. w.LatencyTargets.Select(t => new JsonObject
        {
            ["percentile"] = t.Percentile,
            ["milliseconds"] = t.Milliseconds,
            ["appliesTo"] = t.AppliesTo,
            ["graded"] = LatencyClasses.IsGraded(t.AppliesTo) || LatencyClasses.IsGradedAsLag(t.AppliesTo),
            ["clause"] = t.Clause,
            ["source"] = t.Source,
        })]),
        ["availabilityTarget"] = w.AvailabilityTarget is { } a ? new JsonObject
        {
            ["value"] = a.Value,
            ["percent"] = ProblemText.Percent(a.Value),
            ["source"] = a.Source,
        } : null,
        ["monthlyBudgetUsd"] = Sourced(w.MonthlyBudget),
        ["otherObjectives"] = new JsonArray([.. w.OtherObjectives.Select(o => new JsonObject
        {
            ["kind"] = o.Kind,
            ["value"] = o.Value,
            ["percent"] = ProblemText.Percent(o.Value),
            ["clause"] = o.Clause,
            ["graded"] = false,
            ["source"] = o.Source,
        })]),
        ["unparsed"] = new JsonArray([.. w.Unparsed.Select(u => new JsonObject { ["field"] = u.Field, ["text"] = u.Text })]),
    };

    public static JsonObject Of(PaletteFigures t) => new()
    {
        ["type"] = t.Type,
        ["kind"] = t.Kind,
        ["aliasOf"] = t.AliasOf,
        ["aliases"] = new JsonArray([.. t.Aliases.Select(a => (JsonNode)a)]),
        ["clientRole"] = t.ClientRole,
        ["onRequestPath"] = t.OnRequestPath,
        ["capacityRps"] = Figure(t.CapacityRps),
        ["serviceTimeMs"] = Figure(t.ServiceTimeMs),
        ["hourlyCostUsd"] = Figure(t.HourlyCostUsd),
        ["usdPerMillionRequests"] = Figure(t.UsdPerMillionRequests),
        ["availability"] = Figure(t.Availability),
    };

    private static JsonObject? Sourced(Sourced? s) => s is null ? null : new JsonObject { ["value"] = s.Value, ["source"] = s.Source };

    private static JsonObject? Figure(Figure? f) => f is null ? null : new JsonObject { ["value"] = f.Value, ["source"] = f.Source };
}
