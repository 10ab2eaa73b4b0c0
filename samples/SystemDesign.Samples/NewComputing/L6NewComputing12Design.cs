// Drafted by `sysdesign solve l6-new-computing-12` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Neuromorphic Chips Infrastructure (l6-new-computing-12).
/// Goal: Design next-generation neuromorphic chips system achieving zero-energy computing for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $153,054,720/month.
/// </summary>
[Design("l6-new-computing-12")]
public sealed class L6NewComputing12Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 105,000,000 req/s × 1.2 headroom ÷ 150 per instance = 840000 → 840000
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(840000);
        // 105,000,000 req/s × 1.2 headroom ÷ 150 per instance = 840000 → 840000
        var photonicCore = a.Component("photonic_core", "Photonic Core").Instances(840000);
        // 210,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 252000 → 252000
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(252000);
        // 210,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 252000 → 252000
        var bioProcessor = a.Component("bio_processor", "Bio Processor").Instances(252000);

        neuromorphicChip.Calls(quantumProcessor);
        photonicCore.Calls(quantumProcessor);
        neuromorphicChip.Calls(bioProcessor);
        photonicCore.Calls(bioProcessor);
    }
}
