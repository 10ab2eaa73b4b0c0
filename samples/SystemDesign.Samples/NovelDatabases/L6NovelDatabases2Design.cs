// Drafted by `sysdesign solve l6-novel-databases-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-novel-databases-2 (quantum_db, dna_storage, holographic_memory, neuromorphic_engine).
namespace SystemDesign.Samples.NovelDatabases;

/// <summary>
/// Quantum Databases Infrastructure (l6-novel-databases-2).
/// Goal: Design next-generation quantum databases system achieving zero-latency queries for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $69,243,070/month.
/// </summary>
[Design("l6-novel-databases-2")]
public sealed class L6NovelDatabases2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 110,000,000 req/s × 1.2 headroom ÷ 150 per instance = 880000 → 880000
        var appServers = a.Component("app", "App Servers").Instances(880000);
        // 36,666,667 req/s × 1.2 headroom ÷ 4,000 per instance = 11000 → 11000
        var quantumDB = a.Component("quantum_db", "Quantum DB").Instances(11000);
        // 11,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 2400 → 2400
        var dNAStorage = a.Component("dna_storage", "DNA Storage").Instances(2400);
        // 36,666,667 req/s × 1.2 headroom ÷ 4,000 per instance = 11000 → 11000
        var holographicMemory = a.Component("holographic_memory", "Holographic Memory").Instances(11000);
        // 36,666,667 req/s × 1.2 headroom ÷ 4,000 per instance = 11000 → 11000
        var neuromorphicEngine = a.Component("neuromorphic_engine", "Neuromorphic Engine").Instances(11000);

        appServers.Calls(quantumDB);
        appServers.Writes(dNAStorage);
        appServers.Calls(holographicMemory);
        appServers.Calls(neuromorphicEngine);
    }
}
