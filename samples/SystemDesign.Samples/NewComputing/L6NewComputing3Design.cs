// Drafted by `sysdesign solve l6-new-computing-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Dna Computing Infrastructure (l6-new-computing-3).
/// Goal: Design next-generation DNA computing system achieving zero-energy computing for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $87,459,840/month.
/// </summary>
[Design("l6-new-computing-3")]
public sealed class L6NewComputing3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 60,000,000 req/s × 1.2 headroom ÷ 150 per instance = 480000 → 480000
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(480000);
        // 60,000,000 req/s × 1.2 headroom ÷ 150 per instance = 480000 → 480000
        var photonicCore = a.Component("photonic_core", "Photonic Core").Instances(480000);
        // 120,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 144000 → 144000
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(144000);
        // 120,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 144000 → 144000
        var bioProcessor = a.Component("bio_processor", "Bio Processor").Instances(144000);

        neuromorphicChip.Calls(quantumProcessor);
        photonicCore.Calls(quantumProcessor);
        neuromorphicChip.Calls(bioProcessor);
        photonicCore.Calls(bioProcessor);
    }
}
