// Drafted by `sysdesign solve notification-fanout` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Notification Fan-out (notification-fanout).
/// Goal: Build Airbnb-style notification system.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $29,530/month.
/// </summary>
[Design("notification-fanout")]
public sealed class NotificationFanoutDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var services = a.Component("redirect_client", "Services");
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400 → 400
        var notificationAPI = a.Component("app", "Notification API").Instances(400);
        // 5,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 5,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var fanoutStream = a.Component("stream", "Fanout Stream").Instances(2).Parameter("partitions", 9);
        // 5,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6; every constraint at once needs 7 (N+1: 5,000 ÷ 1,000 req/s below 100%, plus one instance to lose) → 7
        var fanoutWorker = a.Component("worker", "Fanout Worker").Instances(7);
        // 1,667 req/s × 1.2 headroom ÷ 10,000 per instance = 1; tier T1 needs ≥ 3 queue in all, across 3 components → 1
        var emailQueue = a.Component("queue", "Email Queue").Instances(1);
        // 1,667 req/s × 1.2 headroom ÷ 10,000 per instance = 1; tier T1 needs ≥ 3 queue in all, across 3 components → 1
        var pushQueue = a.Component("queue", "Push Queue").Instances(1);
        // 1,667 req/s × 1.2 headroom ÷ 10,000 per instance = 1; tier T1 needs ≥ 3 queue in all, across 3 components → 1
        var sMSQueue = a.Component("queue", "SMS Queue").Instances(1);
        // 5,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6; every constraint at once needs 7 (N+1: 5,000 ÷ 1,000 req/s below 100%, plus one instance to lose) → 7
        var deliveryWorkers = a.Component("worker", "Delivery Workers").Instances(7);

        services.ConnectsTo(notificationAPI);
        notificationAPI.ConnectsTo(fanoutStream);
        fanoutStream.ConnectsTo(fanoutWorker);
        fanoutWorker.ConnectsTo(emailQueue);
        fanoutWorker.ConnectsTo(pushQueue);
        fanoutWorker.ConnectsTo(sMSQueue);
        emailQueue.ConnectsTo(deliveryWorkers);
        pushQueue.ConnectsTo(deliveryWorkers);
        sMSQueue.ConnectsTo(deliveryWorkers);
    }
}
