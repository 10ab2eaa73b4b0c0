// Drafted by `sysdesign solve realtime-gaming-state` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Session State gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Session State) or remove it.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Real-time Gaming State Sync (realtime-gaming-state).
/// Goal: Learn ultra-low latency state sync.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $3,894,307/month.
/// </summary>
[Design("realtime-gaming-state")]
public sealed class RealtimeGamingStateDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var gameClients = a.Component("redirect_client", "Game Clients");
        // 1,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 5; every constraint at once needs 6 (N+1: 1,000,000 ÷ 250,000 req/s below 100%, plus one instance to lose) → 6
        var edgePoPs = a.Component("cdn", "Edge PoPs").Instances(6);
        // 1,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 15 → 15
        var sessionLB = a.Component("lb", "Session LB").Instances(15);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000; every constraint at once needs 15206 (the latency targets with one instance lost); at 15208: SD6004 Session LB: losing one of 15 Session LB (78.4% → 84% busy): P95 of writes from Game Clients goes from 50 ms to 50 ms, over the 50 ms target...
        var gameServers = a.Component("app", "Game Servers").Instances(15209);
        // one instance carries the load and no requirement asks for more → 1
        var sessionState = a.Component("cache", "Session State").Instances(1);
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120; every constraint at once needs 151 (the latency targets with one instance lost) → 151
        var eventLog = a.Component("stream", "Event Log").Instances(151).Parameter("partitions", 1200);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200 → 1200
        var matchDB = a.Component("db_primary", "Match DB").Instances(1200);

        gameClients.ConnectsTo(edgePoPs);
        edgePoPs.ConnectsTo(sessionLB);
        sessionLB.ConnectsTo(gameServers);
        gameServers.ConnectsTo(sessionState);
        gameServers.ConnectsTo(eventLog);
        eventLog.ConnectsTo(matchDB);
    }
}
