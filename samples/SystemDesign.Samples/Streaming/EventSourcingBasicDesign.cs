// Drafted by `sysdesign solve event-sourcing-basic` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Event Sourcing Basics (event-sourcing-basic).
/// Goal: Build an event-sourced order system.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $7,047/month.
/// </summary>
[Design("event-sourcing-basic")]
public sealed class EventSourcingBasicDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var orderService = a.Component("redirect_client", "Order Service");
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; every constraint at once needs 86 (the latency targets with one instance lost) → 86
        var commandAPI = a.Component("app", "Command API").Instances(86);
        // 1,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 1,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var eventLog = a.Component("stream", "Event Log").Instances(2).Parameter("partitions", 3);
        // 1,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2; every constraint at once needs 3 (N+1: 1,000 ÷ 1,000 req/s below 100%, plus one instance to lose) → 3
        var eventStore = a.Component("db_primary", "Event Store").Instances(3);
        // 9,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var readModels = a.Component("cache", "Read Models").Instances(1);
        // 1,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2; every constraint at once needs 3 (N+1: 1,000 ÷ 1,000 req/s below 100%, plus one instance to lose) → 3
        var projectionBuilder = a.Component("worker", "Projection Builder").Instances(3);

        orderService.ConnectsTo(commandAPI);
        commandAPI.ConnectsTo(eventLog);
        eventLog.ConnectsTo(eventStore);
        eventLog.ConnectsTo(projectionBuilder);
        projectionBuilder.ConnectsTo(readModels);
        commandAPI.ConnectsTo(readModels);
    }
}
