// Drafted by `sysdesign solve l6-new-computing-6` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Quantum Supremacy Infrastructure (l6-new-computing-6).
/// Goal: Design next-generation quantum supremacy system achieving zero-energy computing for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $109,324,800/month.
/// </summary>
[Design("l6-new-computing-6")]
public sealed class L6NewComputing6Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 75,000,000 req/s × 1.2 headroom ÷ 150 per instance = 600000 → 600000
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(600000);
        // 75,000,000 req/s × 1.2 headroom ÷ 150 per instance = 600000 → 600000
        var photonicCore = a.Component("photonic_core", "Photonic Core").Instances(600000);
        // 150,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 180000 → 180000
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(180000);
        // 150,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 180000 → 180000
        var bioProcessor = a.Component("bio_processor", "Bio Processor").Instances(180000);

        neuromorphicChip.Calls(quantumProcessor);
        photonicCore.Calls(quantumProcessor);
        neuromorphicChip.Calls(bioProcessor);
        photonicCore.Calls(bioProcessor);
    }
}
