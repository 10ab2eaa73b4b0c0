// Drafted by `sysdesign solve l6-novel-databases-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-novel-databases-5 (quantum_db, dna_storage, holographic_memory, neuromorphic_engine).
#pragma warning disable SD2002 // App Servers: 140,000,000 req/s offered, 938,354 × 150 = 140,753,100 req/s capacity (utilization 99.46%), less than the 20% headroom; 1,120,000 instances give 168,000,000 req/s, the 20% headroom (1.2 × 140,000,000 = 168,000,000).
namespace SystemDesign.Samples.NovelDatabases;

/// <summary>
/// Photonic Databases Infrastructure (l6-novel-databases-5).
/// Goal: Design next-generation photonic databases system achieving zero-latency queries for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $75,397,802/month.
/// </summary>
[Design("l6-novel-databases-5")]
public sealed class L6NovelDatabases5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 140,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1120000 → 938354
        var appServers = a.Component("app", "App Servers").Instances(938354);
        // 46,666,667 req/s × 1.2 headroom ÷ 4,000 per instance = 14000 → 14000
        var quantumDB = a.Component("quantum_db", "Quantum DB").Instances(14000);
        // 14,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 3055 → 3055
        var dNAStorage = a.Component("dna_storage", "DNA Storage").Instances(3055);
        // 46,666,667 req/s × 1.2 headroom ÷ 4,000 per instance = 14000 → 14000
        var holographicMemory = a.Component("holographic_memory", "Holographic Memory").Instances(14000);
        // 46,666,667 req/s × 1.2 headroom ÷ 4,000 per instance = 14000 → 14000
        var neuromorphicEngine = a.Component("neuromorphic_engine", "Neuromorphic Engine").Instances(14000);

        appServers.Calls(quantumDB);
        appServers.Writes(dNAStorage);
        appServers.Calls(holographicMemory);
        appServers.Calls(neuromorphicEngine);
    }
}
