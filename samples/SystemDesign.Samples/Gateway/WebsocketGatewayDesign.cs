// Drafted by `sysdesign solve websocket-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Connection State gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Connection State) or remove it.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// WebSocket Gateway (websocket-gateway).
/// Goal: Handle millions of concurrent WebSocket connections.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $584,800/month.
/// </summary>
[Design("websocket-gateway")]
public sealed class WebsocketGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var wSClients = a.Component("redirect_client", "WS Clients");
        // 500,000 req/s × 1.2 headroom ÷ 85,000 per instance = 8 → 8
        var wSLoadBalancer = a.Component("lb", "WS Load Balancer").Instances(8);
        // 500,000 req/s × 1.2 headroom ÷ 150 per instance = 4000; tier T0 needs ≥ 80 app in all, across 2 components → 4000
        var wSGateway = a.Component("app", "WS Gateway").Instances(4000);
        // one instance carries the load and no requirement asks for more → 1
        var connectionState = a.Component("cache", "Connection State").Instances(1);
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60 → 60
        var messageStream = a.Component("stream", "Message Stream").Instances(60);
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60 → 60
        var broadcastQueue = a.Component("queue", "Broadcast Queue").Instances(60);
        // 500,000 req/s × 1.2 headroom ÷ 150 per instance = 4000; tier T0 needs ≥ 80 app in all, across 2 components → 4000
        var chatService = a.Component("app", "Chat Service").Instances(4000);

        wSClients.ConnectsTo(wSLoadBalancer);
        wSLoadBalancer.ConnectsTo(wSGateway);
        wSGateway.ConnectsTo(connectionState);
        wSGateway.ConnectsTo(messageStream);
        wSGateway.ConnectsTo(broadcastQueue);
        wSGateway.ConnectsTo(chatService);
    }
}
