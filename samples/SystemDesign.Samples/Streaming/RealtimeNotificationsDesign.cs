// Drafted by `sysdesign solve realtime-notifications` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Connection Registry gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Connection Registry) or remove it.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Real-time Push Notifications (realtime-notifications).
/// Goal: Push notifications to millions of users.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $106,404/month.
/// </summary>
[Design("realtime-notifications")]
public sealed class RealtimeNotificationsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var connectedUsers = a.Component("redirect_client", "Connected Users");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 3 (N+1: 100,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 3
        var stickyLB = a.Component("lb", "Sticky LB").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; every constraint at once needs 1450 (the latency targets with one instance lost); tier T1 needs ≥ 20 app; at 1450: SD6004 Redis Pub/Sub: losing one of 16 Redis Pub/Sub (62.5% → 66.7% busy): P95 of writes from Connected Users goes from 49.97 m...
        var webSocketServer = a.Component("app", "WebSocket Server").Instances(1451);
        // 100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12; every constraint at once needs 16 (the latency targets with one instance lost) → 16
        var redisPubSub = a.Component("stream", "Redis Pub/Sub").Instances(16);
        // one instance carries the load and no requirement asks for more → 1
        var connectionRegistry = a.Component("cache", "Connection Registry").Instances(1);

        connectedUsers.ConnectsTo(stickyLB);
        stickyLB.ConnectsTo(webSocketServer);
        webSocketServer.ConnectsTo(redisPubSub);
        webSocketServer.ConnectsTo(connectionRegistry);
    }
}
