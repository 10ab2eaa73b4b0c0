// Drafted by `sysdesign solve l6-new-computing-8` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Dna Computing Infrastructure (l6-new-computing-8).
/// Goal: Design next-generation DNA computing system achieving biological processors for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $123,901,440/month.
/// </summary>
[Design("l6-new-computing-8")]
public sealed class L6NewComputing8Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 85,000,000 req/s × 1.2 headroom ÷ 150 per instance = 680000 → 680000
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(680000);
        // 85,000,000 req/s × 1.2 headroom ÷ 150 per instance = 680000 → 680000
        var photonicCore = a.Component("photonic_core", "Photonic Core").Instances(680000);
        // 170,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 204000 → 204000
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(204000);
        // 170,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 204000 → 204000
        var bioProcessor = a.Component("bio_processor", "Bio Processor").Instances(204000);

        neuromorphicChip.Calls(quantumProcessor);
        photonicCore.Calls(quantumProcessor);
        neuromorphicChip.Calls(bioProcessor);
        photonicCore.Calls(bioProcessor);
    }
}
