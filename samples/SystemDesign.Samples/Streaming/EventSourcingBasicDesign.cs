// Drafted by `sysdesign solve event-sourcing-basic` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Read Models gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Read Models) or remove it.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Event Sourcing Basics (event-sourcing-basic).
/// Goal: Build an event-sourced order system.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $8,580/month.
/// </summary>
[Design("event-sourcing-basic")]
public sealed class EventSourcingBasicDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var orderService = a.Component("redirect_client", "Order Service");
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80 → 80
        var commandAPI = a.Component("app", "Command API").Instances(80);
        // 10,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 10,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 3
        var eventLog = a.Component("stream", "Event Log").Instances(3).Parameter("partitions", 15);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12 → 12
        var eventStore = a.Component("db_primary", "Event Store").Instances(12);
        // one instance carries the load and no requirement asks for more → 1
        var readModels = a.Component("cache", "Read Models").Instances(1);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12 → 12
        var projectionBuilder = a.Component("worker", "Projection Builder").Instances(12);

        orderService.ConnectsTo(commandAPI);
        commandAPI.ConnectsTo(eventLog);
        eventLog.ConnectsTo(eventStore);
        eventLog.ConnectsTo(projectionBuilder);
        projectionBuilder.ConnectsTo(readModels);
        commandAPI.ConnectsTo(readModels);
    }
}
