// Drafted by `sysdesign solve webhook-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Webhook Delivery Gateway (webhook-gateway).
/// Goal: Deliver webhooks at scale with guarantees.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $176,983/month.
/// </summary>
[Design("webhook-gateway")]
public sealed class WebhookGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var eventSources = a.Component("create_client", "Event Sources");
        // 200,000 req/s × 1.2 headroom ÷ 85,000 per instance = 3; every constraint at once needs 4 (N+1: 200,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 4
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(4);
        // 200,000 req/s × 1.2 headroom ÷ 150 per instance = 1600; every constraint at once needs 1701 (the latency targets with one instance lost) → 1701
        var webhookGateway = a.Component("app", "Webhook Gateway").Instances(1701);
        // 200,000 req/s × 1.2 headroom ÷ 10,000 per instance = 24; every constraint at once needs 25 (the latency targets with one instance lost); at 25: SD6004 Webhook Gateway: losing one of 1,701 Webhook Gateway (78.4% → 78.4% busy): P95 of writes from Event Sources goes from 99.86 ms to 100.05 ms, over ...
        var deliveryQueue = a.Component("queue", "Delivery Queue").Instances(26);
        // 200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 240 → 240
        var deliveryWorkers = a.Component("worker", "Delivery Workers").Instances(240);
        // 200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 240 → 240
        var dLQStorage = a.Component("db_primary", "DLQ Storage").Instances(240);
        // 200,000 req/s × 1.2 headroom ÷ 10,000 per instance = 24 → 24
        var statusStream = a.Component("stream", "Status Stream").Instances(24);

        eventSources.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(webhookGateway);
        webhookGateway.ConnectsTo(deliveryQueue);
        deliveryQueue.ConnectsTo(deliveryWorkers);
        deliveryWorkers.ConnectsTo(dLQStorage);
        deliveryWorkers.ConnectsTo(statusStream);
    }
}
