// Drafted by `sysdesign solve basic-message-queue` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Basic Message Queue (basic-message-queue).
/// Goal: Build reliable async message processing.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $3,784/month.
/// </summary>
[Design("basic-message-queue")]
public sealed class BasicMessageQueueDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var producers = a.Component("create_client", "Producers");
        // 5,000 req/s × 1.2 headroom ÷ 150 per instance = 40; every constraint at once needs 44 (the latency targets with one instance lost) → 44
        var publisherAPI = a.Component("app", "Publisher API").Instances(44);
        // 5,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 5,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var rabbitMQ = a.Component("queue", "RabbitMQ").Instances(2);
        // 2,500 req/s × 1.2 headroom ÷ 1,000 per instance = 3; every constraint at once needs 4 (N+1: 2,500 ÷ 1,000 req/s below 100%, plus one instance to lose); tier T1 needs ≥ 3 worker in all, across 2 components → 4
        var consumerA = a.Component("worker", "Consumer A").Instances(4);
        // 2,500 req/s × 1.2 headroom ÷ 1,000 per instance = 3; every constraint at once needs 4 (N+1: 2,500 ÷ 1,000 req/s below 100%, plus one instance to lose); tier T1 needs ≥ 3 worker in all, across 2 components → 4
        var consumerB = a.Component("worker", "Consumer B").Instances(4);

        producers.ConnectsTo(publisherAPI);
        publisherAPI.ConnectsTo(rabbitMQ);
        rabbitMQ.ConnectsTo(consumerA);
        rabbitMQ.ConnectsTo(consumerB);
    }
}
