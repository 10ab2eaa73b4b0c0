namespace SystemDesign.Catalog.Loading;

/// <summary>Reads the <c>workload</c> object of a problem file.</summary>
internal static class WorkloadReader
{
    public static Workload Read(JsonNode node) => new()
    {
        RequestRate = ReadSourced(node, "requestRate"),
        RequestRateIsPeak = node.Optional("requestRate")?.Optional("peak")?.Boolean() ?? false,
        ReadRatio = ReadSourced(node, "readRatio"),
        PeakMultiplier = ReadSourced(node, "peakMultiplier"),
        ConcurrentConnections = ReadSourced(node, "concurrentConnections"),
        LatencyTargets = node.Optional("latencyTargets")?.Items(
            t => new LatencyTarget(t.Optional("percentile")?.Number(), t.Required("milliseconds").Number(), t.RequiredString("source"))) ?? [],
        AvailabilityTarget = ReadSourced(node, "availabilityTarget"),
        MonthlyBudget = ReadSourced(node, "monthlyBudget"),
        Unparsed = node.Optional("unparsed")?.Items(u => new UnparsedText(u.RequiredString("field"), u.RequiredString("text"))) ?? [],
    };

    internal static Sourced? ReadSourced(JsonNode parent, string name) =>
        parent.Optional(name) is { } n ? new Sourced(n.Required("value").Number(), n.RequiredString("source")) : null;
}
