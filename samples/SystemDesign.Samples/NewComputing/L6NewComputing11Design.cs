// Drafted by `sysdesign solve l6-new-computing-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Quantum Supremacy Infrastructure (l6-new-computing-11).
/// Goal: Design next-generation quantum supremacy system achieving biological processors for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $145,766,400/month.
/// </summary>
[Design("l6-new-computing-11")]
public sealed class L6NewComputing11Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 100,000,000 req/s × 1.2 headroom ÷ 150 per instance = 800000 → 800000
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(800000);
        // 100,000,000 req/s × 1.2 headroom ÷ 150 per instance = 800000 → 800000
        var photonicCore = a.Component("photonic_core", "Photonic Core").Instances(800000);
        // 200,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 240000 → 240000
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(240000);
        // 200,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 240000 → 240000
        var bioProcessor = a.Component("bio_processor", "Bio Processor").Instances(240000);

        neuromorphicChip.Calls(quantumProcessor);
        photonicCore.Calls(quantumProcessor);
        neuromorphicChip.Calls(bioProcessor);
        photonicCore.Calls(bioProcessor);
    }
}
