// Drafted by `sysdesign solve websocket-connection-storm` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// WebSocket Connection Storm: 200K Joins in 90 s (websocket-connection-storm).
/// Goal: Hold 700,000 concurrent WebSocket connections and admit 200,000 joins in 90 seconds without dropping existing users.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $6,851/month.
/// </summary>
[Design("websocket-connection-storm")]
public sealed class WebsocketConnectionStormDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var collaborators = a.Component("client", "Collaborators");
        // 2,222 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 2,222 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancers = a.Component("lb", "Load Balancers").Instances(2);
        // 2,222 req/s × 1.2 headroom ÷ 5,000 per instance = 1; every constraint at once needs 84 (20% connection headroom: 1.2 × 700,000 ÷ 10,000); tier T1 needs ≥ 70 websocket → 84
        var webSocketFleet = a.Component("websocket", "WebSocket Fleet").Instances(84);
        // 1,111 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var sessionStore = a.Component("cache", "Session Store").Instances(1);
        // 1,111 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 1,111 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var joinQueue = a.Component("queue", "Join Queue").Instances(2);
        // 1,111 req/s × 1.2 headroom ÷ 150 per instance = 9 → 9
        var sessionService = a.Component("app", "Session Service").Instances(9);

        collaborators.ConnectsTo(loadBalancers);
        loadBalancers.ConnectsTo(webSocketFleet);
        webSocketFleet.ConnectsTo(sessionStore);
        webSocketFleet.ConnectsTo(joinQueue);
        joinQueue.ConnectsTo(sessionService);
    }
}
