using System.Linq;

namespace SystemDesign.Catalog.Loading;

/// <summary>Reads the <c>workload</c> object of a problem file.</summary>
internal static class WorkloadReader
{
    public static Workload Read(JsonNode node) => new()
    {
        RequestRate = ReadSourced(node, "requestRate", ValueRange.RequestRate),
        RequestRateStatedAtPeak = node.Optional("requestRate")?.Optional("statedAtPeak")?.Number(ValueRange.RequestRate),
        RequestRateScope = node.Optional("requestRate")?.Optional("scope") is { } scope
            ? new RateScope(scope.RequiredString("name"), scope.Required("perScope").Number(ValueRange.RequestRate), scope.Optional("count")?.Number(ValueRange.Connections), scope.OptionalString("countSource"))
            : null,
        ReadRatio = ReadSourced(node, "readRatio", ValueRange.Fraction),
        PeakMultiplier = ReadSourced(node, "peakMultiplier", ValueRange.PeakMultiplier),
        BurstSeconds = ReadSourced(node, "burstSeconds", ValueRange.BurstSeconds),
        ConcurrentConnections = ReadSourced(node, "concurrentConnections", ValueRange.Connections),
        LatencyTargets = node.Optional("latencyTargets")?.Items(
            t => new LatencyTarget(t.Optional("percentile")?.Number(ValueRange.Percentile), t.Required("milliseconds").Number(ValueRange.LatencyMs), t.RequiredString("source"), AppliesTo(t), t.OptionalString("clause") ?? string.Empty)) ?? [],
        AvailabilityTarget = ReadSourced(node, "availabilityTarget", ValueRange.Availability),
        MonthlyBudget = ReadSourced(node, "monthlyBudget", ValueRange.BudgetUsd),
        RecoveryTimeObjective = ReadSourced(node, "recoveryTimeObjective", ValueRange.RecoverySeconds),
        RecoveryPointObjective = ReadSourced(node, "recoveryPointObjective", ValueRange.RecoverySeconds),
        OtherObjectives = node.Optional("otherObjectives")?.Items(
            o => new ServiceObjective(o.RequiredString("kind"), o.Required("value").Number(ValueRange.Fraction), o.RequiredString("clause"), o.RequiredString("source"))) ?? [],
        Unparsed = node.Optional("unparsed")?.Items(u => new UnparsedText(u.RequiredString("field"), u.RequiredString("text"))) ?? [],
    };

    private static string AppliesTo(JsonNode target) =>
        target.Optional("appliesTo") is { } node
            ? LatencyClasses.Known.Contains(node.String()) ? node.String() : throw node.Error("one of " + string.Join(", ", LatencyClasses.Known))
            : LatencyClasses.All;

    internal static Sourced? ReadSourced(JsonNode parent, string name, ValueRange range) =>
        parent.Optional(name) is { } n
            ? new Sourced(n.Required("value").Number(range), n.RequiredString("source"))
            : null;
}
