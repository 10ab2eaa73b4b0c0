// Drafted by `sysdesign solve l6-new-computing-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Reversible Computing Infrastructure (l6-new-computing-15).
/// Goal: Design next-generation reversible computing system achieving zero-energy computing for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $174,919,680/month.
/// </summary>
[Design("l6-new-computing-15")]
public sealed class L6NewComputing15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 120,000,000 req/s × 1.2 headroom ÷ 150 per instance = 960000 → 960000
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(960000);
        // 120,000,000 req/s × 1.2 headroom ÷ 150 per instance = 960000 → 960000
        var photonicCore = a.Component("photonic_core", "Photonic Core").Instances(960000);
        // 240,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 288000 → 288000
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(288000);
        // 240,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 288000 → 288000
        var bioProcessor = a.Component("bio_processor", "Bio Processor").Instances(288000);

        neuromorphicChip.Calls(quantumProcessor);
        photonicCore.Calls(quantumProcessor);
        neuromorphicChip.Calls(bioProcessor);
        photonicCore.Calls(bioProcessor);
    }
}
