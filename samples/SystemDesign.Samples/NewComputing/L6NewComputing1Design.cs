// Drafted by `sysdesign solve l6-new-computing-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Quantum Supremacy Infrastructure (l6-new-computing-1).
/// Goal: Design next-generation quantum supremacy system achieving room temperature quantum for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $72,883,200/month.
/// </summary>
[Design("l6-new-computing-1")]
public sealed class L6NewComputing1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 50,000,000 req/s × 1.2 headroom ÷ 150 per instance = 400000 → 400000
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(400000);
        // 50,000,000 req/s × 1.2 headroom ÷ 150 per instance = 400000 → 400000
        var photonicCore = a.Component("photonic_core", "Photonic Core").Instances(400000);
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120000 → 120000
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(120000);
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120000 → 120000
        var bioProcessor = a.Component("bio_processor", "Bio Processor").Instances(120000);

        neuromorphicChip.Calls(quantumProcessor);
        photonicCore.Calls(quantumProcessor);
        neuromorphicChip.Calls(bioProcessor);
        photonicCore.Calls(bioProcessor);
    }
}
