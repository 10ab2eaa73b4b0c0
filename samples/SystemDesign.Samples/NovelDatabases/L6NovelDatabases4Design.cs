// Drafted by `sysdesign solve l6-novel-databases-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-novel-databases-4 (quantum_db, dna_storage, holographic_memory, neuromorphic_engine).
#pragma warning disable SD2002 // App Servers: 130,000,000 req/s offered, 871,340 × 150 = 130,701,000 req/s capacity (utilization 99.46%), less than the 20% headroom; 1,040,000 instances give 156,000,000 req/s, the 20% headroom (1.2 × 130,000,000 = 156,000,000).
namespace SystemDesign.Samples.NovelDatabases;

/// <summary>
/// Neuromorphic Storage Infrastructure (l6-novel-databases-4).
/// Goal: Design next-generation neuromorphic storage system achieving infinite scalability for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $70,013,041/month.
/// </summary>
[Design("l6-novel-databases-4")]
public sealed class L6NovelDatabases4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 130,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1040000 → 871340
        var appServers = a.Component("app", "App Servers").Instances(871340);
        // 43,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 13000 → 13000
        var quantumDB = a.Component("quantum_db", "Quantum DB").Instances(13000);
        // 13,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 2837 → 2837
        var dNAStorage = a.Component("dna_storage", "DNA Storage").Instances(2837);
        // 43,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 13000 → 13000
        var holographicMemory = a.Component("holographic_memory", "Holographic Memory").Instances(13000);
        // 43,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 13000 → 13000
        var neuromorphicEngine = a.Component("neuromorphic_engine", "Neuromorphic Engine").Instances(13000);

        appServers.Calls(quantumDB);
        appServers.Writes(dNAStorage);
        appServers.Calls(holographicMemory);
        appServers.Calls(neuromorphicEngine);
    }
}
