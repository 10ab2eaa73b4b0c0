// Drafted by `sysdesign solve l6-new-computing-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Reversible Computing Infrastructure (l6-new-computing-5).
/// Goal: Design next-generation reversible computing system achieving biological processors for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $102,036,480/month.
/// </summary>
[Design("l6-new-computing-5")]
public sealed class L6NewComputing5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 70,000,000 req/s × 1.2 headroom ÷ 150 per instance = 560000 → 560000
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(560000);
        // 70,000,000 req/s × 1.2 headroom ÷ 150 per instance = 560000 → 560000
        var photonicCore = a.Component("photonic_core", "Photonic Core").Instances(560000);
        // 140,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 168000 → 168000
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(168000);
        // 140,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 168000 → 168000
        var bioProcessor = a.Component("bio_processor", "Bio Processor").Instances(168000);

        neuromorphicChip.Calls(quantumProcessor);
        photonicCore.Calls(quantumProcessor);
        neuromorphicChip.Calls(bioProcessor);
        photonicCore.Calls(bioProcessor);
    }
}
