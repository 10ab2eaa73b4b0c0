// Drafted by `sysdesign solve chat` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // At the peak (3 × the target rate) P95 of writes from Client goes from 43.66 ms to unbounded, over the 100 ms target; P99 of writes from Client goes from 65.11 ms to unbounded, over the 200 ms target; P99.9 of writes from Client goes from 95.82 ms to unbounded, over the 500 ms target. Size the bus...
#pragma warning disable SD7001 // Presence Cache gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Presence Cache) or remove it.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// WhatsApp/Slack Real-Time Chat (chat).
/// Goal: Deliver messages under tight p95 latency while tracking presence.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $332,170/month.
/// </summary>
[Design("chat")]
public sealed class ChatDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var client = a.Component("redirect_client", "Client");
        // 600,000 req/s × 1.2 headroom ÷ 85,000 per instance = 9; at 21: SD2003 Load Balancer: at peak (3 × 600,000 = 1,800,000 req/s) utilization is 100.8% of 1,785,000 req/s; 22 instances carry the peak → 22
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(22);
        // 600,000 req/s × 1.2 headroom ÷ 1,800 per instance = 400; at 999: SD2003 Chat Service: at peak (3 × 600,000 = 1,800,000 req/s) utilization is 100.1% of 1,798,200 req/s; 1,000 instances carry the peak → 1000
        var chatService = a.Component("app", "Chat Service").Instances(1000);
        // one instance carries the load and no requirement asks for more → 1
        var presenceCache = a.Component("cache", "Presence Cache").Instances(1);
        // 600,000 req/s × 1.2 headroom ÷ 1,000 per instance = 720; at 1799: SD2003 Message Store: at peak (3 × 600,000 = 1,800,000 req/s) utilization is 100.1% of 1,799,000 req/s; 1,800 instances carry the peak → 1800
        var messageStore = a.Component("db_primary", "Message Store").Instances(1800);
        // 600,000 req/s × 1.2 headroom ÷ 10,000 per instance = 72; at 179: SD2003 Fanout Stream: at peak (3 × 600,000 = 1,800,000 req/s) utilization is 100.6% of 1,790,000 req/s; 180 instances carry the peak → 180
        var fanoutStream = a.Component("stream", "Fanout Stream").Instances(180);

        client.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(chatService);
        chatService.ConnectsTo(presenceCache);
        chatService.ConnectsTo(messageStore);
        chatService.ConnectsTo(fanoutStream);
    }
}
