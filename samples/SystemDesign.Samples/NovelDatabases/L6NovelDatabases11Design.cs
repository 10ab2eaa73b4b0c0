// Drafted by `sysdesign solve l6-novel-databases-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-novel-databases-11 (quantum_db, dna_storage, holographic_memory, neuromorphic_engine).
#pragma warning disable SD4002 // App Servers is a single point of failure: its load needs 1,333,334 instances and it has 1,000,000, so losing any one stops requests (0% available, registry app: AWS EC2 SLA, instance-level: 99.5% per single instance). With 1,340,246 instances it is 99.5%. Every constraint on App Servers at once n...
namespace SystemDesign.Samples.NovelDatabases;

/// <summary>
/// Dna Storage Infrastructure (l6-novel-databases-11).
/// Goal: Design next-generation DNA storage system achieving zero-latency queries for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $70,183,582/month.
/// Not applicable: the capacity gate (infeasible target): The target rate, 200,000,000 req/s (NFR Throughput: 200M operations per second), needs 1,600,000 instances of App Servers at the registry's 150 req/s each with headroom; SD0015 bounds one component at 1,000,000 instances, so no component of this palette carries it. The design holds App Servers at...
/// Not applicable: the latency gate (infeasible target): Follows from the infeasible capacity target: App Servers, held at SD0015's 1,000,000 instances, is saturated at the target rate; its queue grows without bound, so no percentile target can be met.
/// Not applicable: the availability gate (infeasible target): Follows from the infeasible capacity target: App Servers, held at SD0015's 1,000,000 instances, is saturated at the target rate; a saturated component serves no request in the engine's availability model.
/// Not applicable: the resilience gate (infeasible target): Follows from the infeasible capacity target: App Servers, held at SD0015's 1,000,000 instances, is saturated at the target rate; no instance loss, cache loss or burst can be survived by a component already past its capacity.
/// </summary>
[Design("l6-novel-databases-11")]
public sealed class L6NovelDatabases11Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 200,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1600000; held at 1,000,000, the most SD0015 accepts for one component: the rest is the infeasible target the problem records → 1000000
        var appServers = a.Component("app", "App Servers").Instances(1000000);
        // 66,666,667 req/s × 1.2 headroom ÷ 4,000 per instance = 20000 → 1
        var quantumDB = a.Component("quantum_db", "Quantum DB").Instances(1);
        // 20,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 4364 → 4364
        var dNAStorage = a.Component("dna_storage", "DNA Storage").Instances(4364);
        // 66,666,667 req/s × 1.2 headroom ÷ 4,000 per instance = 20000 → 1
        var holographicMemory = a.Component("holographic_memory", "Holographic Memory").Instances(1);
        // 66,666,667 req/s × 1.2 headroom ÷ 4,000 per instance = 20000 → 1
        var neuromorphicEngine = a.Component("neuromorphic_engine", "Neuromorphic Engine").Instances(1);

        appServers.Calls(quantumDB);
        appServers.Writes(dNAStorage);
        appServers.Calls(holographicMemory);
        appServers.Calls(neuromorphicEngine);
    }
}
