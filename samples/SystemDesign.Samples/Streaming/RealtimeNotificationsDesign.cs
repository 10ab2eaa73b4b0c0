// Drafted by `sysdesign solve realtime-notifications` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Real-time Push Notifications (realtime-notifications).
/// Goal: Push notifications to millions of users.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $104,118/month.
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
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; tier T1 needs ≥ 20 app; at 1442: SD6004 WebSocket Server: losing one of 1,442 WebSocket Server (46.2% → 46.3% busy): P95 of writes from Connected Users goes from 49.99 ms to 50 ms, over the 50 ms t... → 1443
        var webSocketServer = a.Component("app", "WebSocket Server").Instances(1443);
        // 10,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 10,000 ÷ 10,000 req/s below 100%, plus one instance to lose); at 3: SD6004 Redis Pub/Sub: losing one of 3 Redis Pub/Sub (33.3% → 50% busy): P95 of writes from Connected Users goes from 49.98 ms to 50.02 ...
        var redisPubSub = a.Component("stream", "Redis Pub/Sub").Instances(4);
        // 90,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2 → 2
        var connectionRegistry = a.Component("cache", "Connection Registry").Instances(2);

        connectedUsers.ConnectsTo(stickyLB);
        stickyLB.ConnectsTo(webSocketServer);
        webSocketServer.ConnectsTo(redisPubSub);
        webSocketServer.ConnectsTo(connectionRegistry);
    }
}
