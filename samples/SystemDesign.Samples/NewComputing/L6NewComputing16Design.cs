// Drafted by `sysdesign solve l6-new-computing-16` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Quantum Supremacy Infrastructure (l6-new-computing-16).
/// Goal: Design next-generation quantum supremacy system achieving room temperature quantum for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $182,208,000/month.
/// </summary>
[Design("l6-new-computing-16")]
public sealed class L6NewComputing16Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 125,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1000000 → 1000000
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(1000000);
        // 125,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1000000 → 1000000
        var photonicCore = a.Component("photonic_core", "Photonic Core").Instances(1000000);
        // 250,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 300000 → 300000
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(300000);
        // 250,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 300000 → 300000
        var bioProcessor = a.Component("bio_processor", "Bio Processor").Instances(300000);

        neuromorphicChip.Calls(quantumProcessor);
        photonicCore.Calls(quantumProcessor);
        neuromorphicChip.Calls(bioProcessor);
        photonicCore.Calls(bioProcessor);
    }
}
