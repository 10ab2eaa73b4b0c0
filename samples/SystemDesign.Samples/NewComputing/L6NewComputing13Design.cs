// Drafted by `sysdesign solve l6-new-computing-13` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Dna Computing Infrastructure (l6-new-computing-13).
/// Goal: Design next-generation DNA computing system achieving room temperature quantum for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $160,343,040/month.
/// </summary>
[Design("l6-new-computing-13")]
public sealed class L6NewComputing13Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 110,000,000 req/s × 1.2 headroom ÷ 150 per instance = 880000 → 880000
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(880000);
        // 110,000,000 req/s × 1.2 headroom ÷ 150 per instance = 880000 → 880000
        var photonicCore = a.Component("photonic_core", "Photonic Core").Instances(880000);
        // 220,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 264000 → 264000
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(264000);
        // 220,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 264000 → 264000
        var bioProcessor = a.Component("bio_processor", "Bio Processor").Instances(264000);

        neuromorphicChip.Calls(quantumProcessor);
        photonicCore.Calls(quantumProcessor);
        neuromorphicChip.Calls(bioProcessor);
        photonicCore.Calls(bioProcessor);
    }
}
