// Drafted by `sysdesign solve chat` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Presence Cache gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Presence Cache) or remove it.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// WhatsApp/Slack Real-Time Chat (chat).
/// Goal: Deliver messages under tight p95 latency while tracking presence.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $9,839/month.
/// </summary>
[Design("chat")]
public sealed class ChatDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var client = a.Component("redirect_client", "Client");
        // 16,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 16,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 16,000 req/s × 1.2 headroom ÷ 1,800 per instance = 11; every constraint at once needs 28 (the latency targets at the peak (3 ×)) → 28
        var chatService = a.Component("app", "Chat Service").Instances(28);
        // one instance carries the load and no requirement asks for more → 1
        var presenceCache = a.Component("cache", "Presence Cache").Instances(1);
        // 16,000 req/s × 1.2 headroom ÷ 1,000 per instance = 20; every constraint at once needs 51 (the latency targets at the peak (3 ×)) → 51
        var messageStore = a.Component("db_primary", "Message Store").Instances(51);
        // 16,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 5 (the peak: 3 × 16,000 ÷ 10,000 req/s, below 100%) → 5
        var fanoutStream = a.Component("stream", "Fanout Stream").Instances(5);

        client.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(chatService);
        chatService.ConnectsTo(presenceCache);
        chatService.ConnectsTo(messageStore);
        chatService.ConnectsTo(fanoutStream);
    }
}
