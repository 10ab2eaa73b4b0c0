// Drafted by `sysdesign solve l5-migration-netflix-microservices` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Netflix Monolith to Microservices Migration (l5-migration-netflix-microservices).
/// Goal: Design a zero-downtime migration strategy for Netflix to transform from a monolithic architecture to microservices while serving 200M+ users
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,564/month.
/// </summary>
[Design("l5-migration-netflix-microservices")]
public sealed class L5MigrationNetflixMicroservicesDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Load Balancer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic ... → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // at 1: SD4002 Service Mesh is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry service_mesh: AWS... → 2
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(2);
        // at 2: SD4001 The design serves 99.99% of requests (52.83 min down a year), below the 99.99% target (52.56 min a year; NFR Availability: 99.99% during migration) → 3
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(3);
        // at 1: SD4002 App Server is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA, in... → 2
        var appServer = a.Component("app", "App Server").Instances(2);
        // at 1: SD4002 Queue is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry queue: AWS EC2 SLA, insta... → 2
        var queue = a.Component("queue", "Queue").Instances(2);
        // at 2: SD4001 The design serves 99.99% of requests (52.83 min down a year), below the 99.99% target (52.56 min a year; NFR Availability: 99.99% during migration) → 3
        var cache = a.Component("cache", "Cache").Instances(3);
        // at 1: SD4002 Primary Database is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry db_primary: AW... → 2
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2);
        // at 2: SD4001 The design serves 99.99% of requests (52.83 min down a year), below the 99.99% target (52.56 min a year; NFR Availability: 99.99% during migration) → 3
        var readReplica = a.Component("db_replica", "Read Replica").Instances(3);

        loadBalancer.ConnectsTo(serviceMesh);
        serviceMesh.ConnectsTo(aPIGateway);
        aPIGateway.ConnectsTo(appServer);
        appServer.Publishes(queue);
        appServer.Consumes(queue);
        appServer.Reads(cache);
        appServer.Writes(primaryDatabase);
        appServer.Reads(readReplica);
        cache.Reads(readReplica);
        primaryDatabase.ReplicatesTo(readReplica);
    }
}
