// Drafted by `sysdesign solve l6-novel-databases-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-novel-databases-1 (quantum_db, dna_storage, holographic_memory, neuromorphic_engine).
namespace SystemDesign.Samples.NovelDatabases;

/// <summary>
/// Dna Storage Infrastructure (l6-novel-databases-1).
/// Goal: Design next-generation DNA storage system achieving infinite scalability for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $62,948,249/month.
/// </summary>
[Design("l6-novel-databases-1")]
public sealed class L6NovelDatabases1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 100,000,000 req/s × 1.2 headroom ÷ 150 per instance = 800000 → 800000
        var appServers = a.Component("app", "App Servers").Instances(800000);
        // 33,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 10000 → 10000
        var quantumDB = a.Component("quantum_db", "Quantum DB").Instances(10000);
        // 10,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 2182 → 2182
        var dNAStorage = a.Component("dna_storage", "DNA Storage").Instances(2182);
        // 33,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 10000 → 10000
        var holographicMemory = a.Component("holographic_memory", "Holographic Memory").Instances(10000);
        // 33,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 10000 → 10000
        var neuromorphicEngine = a.Component("neuromorphic_engine", "Neuromorphic Engine").Instances(10000);

        appServers.Calls(quantumDB);
        appServers.Writes(dNAStorage);
        appServers.Calls(holographicMemory);
        appServers.Calls(neuromorphicEngine);
    }
}
