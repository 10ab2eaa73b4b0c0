// Drafted by `sysdesign solve tutorial-advanced-chat` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Read Replicas gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Read Replicas) or remove it.
namespace SystemDesign.Samples.Tutorial;

/// <summary>
/// Tutorial 3: Real-Time Chat System (tutorial-advanced-chat).
/// Goal: Design a production-ready chat system for 100K concurrent users
/// Topology: the catalog's reference solution. Cheapest passing counts found: $139,968/month.
/// </summary>
[Design("tutorial-advanced-chat")]
public sealed class TutorialAdvancedChatDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var p100KUsers = a.Component("redirect_client", "100K Users");
        // 50,000 req/s × 1.2 headroom ÷ 250,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 250,000 req/s below 100%, plus one instance to lose) → 2
        var cloudFront = a.Component("cdn", "CloudFront").Instances(2);
        // 25,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1 → 1
        var aLBAPI = a.Component("lb", "ALB (API)").Instances(1);
        // 25,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (the 99.99% availability target) → 2
        var nLBWebSocket = a.Component("lb", "NLB (WebSocket)").Instances(2);
        // 25,000 req/s × 1.2 headroom ÷ 500 per instance = 60; tier T3 needs ≥ 20 app → 60
        var aPIServers = a.Component("app", "API Servers").Instances(60);
        // 25,000 req/s × 1.2 headroom ÷ 5,000 per instance = 6; every constraint at once needs 12 (20% connection headroom: 1.2 × 100,000 ÷ 10,000); tier T3 needs ≥ 10 websocket → 12
        var wSServers = a.Component("websocket", "WS Servers").Instances(12);
        // 50,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6; every constraint at once needs 7 (N+1: 50,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 7
        var kafkaCluster = a.Component("stream", "Kafka Cluster").Instances(7);
        // 25,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; every constraint at once needs 2 (N+1: 25,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 2
        var redisCluster = a.Component("cache", "Redis Cluster").Instances(2);
        // 25,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; every constraint at once needs 2 (N+1: 25,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 2
        var primaryDB = a.Component("db_primary", "Primary DB").Instances(2);
        // tier T3 needs ≥ 5 db_replica → 5
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(5);
        // 25,000 req/s × 1.2 headroom ÷ 5,500 per instance = 6 → 6
        var s3Attachments = a.Component("s3", "S3 Attachments").Instances(6);
        // one instance carries the load and no requirement asks for more → 1
        var datadog = a.Component("monitoring", "Datadog").Instances(1);

        p100KUsers.ConnectsTo(cloudFront);
        cloudFront.ConnectsTo(aLBAPI);
        cloudFront.ConnectsTo(nLBWebSocket);
        aLBAPI.ConnectsTo(aPIServers);
        nLBWebSocket.ConnectsTo(wSServers);
        aPIServers.ConnectsTo(kafkaCluster);
        wSServers.ConnectsTo(kafkaCluster);
        aPIServers.ConnectsTo(redisCluster);
        redisCluster.ConnectsTo(primaryDB);
        redisCluster.ConnectsTo(readReplicas);
        aPIServers.ConnectsTo(s3Attachments);
        aPIServers.ConnectsTo(datadog);
        wSServers.ConnectsTo(datadog);
    }
}
