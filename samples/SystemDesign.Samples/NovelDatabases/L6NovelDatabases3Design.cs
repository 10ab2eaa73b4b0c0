// Drafted by `sysdesign solve l6-novel-databases-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-novel-databases-3 (quantum_db, dna_storage, holographic_memory, neuromorphic_engine).
namespace SystemDesign.Samples.NovelDatabases;

/// <summary>
/// Holographic Memory Infrastructure (l6-novel-databases-3).
/// Goal: Design next-generation holographic memory system achieving self-healing data for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $75,537,913/month.
/// </summary>
[Design("l6-novel-databases-3")]
public sealed class L6NovelDatabases3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 120,000,000 req/s × 1.2 headroom ÷ 150 per instance = 960000 → 960000
        var appServers = a.Component("app", "App Servers").Instances(960000);
        // 40,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 12000 → 12000
        var quantumDB = a.Component("quantum_db", "Quantum DB").Instances(12000);
        // 12,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 2619 → 2619
        var dNAStorage = a.Component("dna_storage", "DNA Storage").Instances(2619);
        // 40,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 12000 → 12000
        var holographicMemory = a.Component("holographic_memory", "Holographic Memory").Instances(12000);
        // 40,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 12000 → 12000
        var neuromorphicEngine = a.Component("neuromorphic_engine", "Neuromorphic Engine").Instances(12000);

        appServers.Calls(quantumDB);
        appServers.Writes(dNAStorage);
        appServers.Calls(holographicMemory);
        appServers.Calls(neuromorphicEngine);
    }
}
