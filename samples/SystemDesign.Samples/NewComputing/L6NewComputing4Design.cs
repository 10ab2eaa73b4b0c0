// Drafted by `sysdesign solve l6-new-computing-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Photonic Processors Infrastructure (l6-new-computing-4).
/// Goal: Design next-generation photonic processors system achieving room temperature quantum for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $94,748,160/month.
/// </summary>
[Design("l6-new-computing-4")]
public sealed class L6NewComputing4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 65,000,000 req/s × 1.2 headroom ÷ 150 per instance = 520000 → 520000
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(520000);
        // 65,000,000 req/s × 1.2 headroom ÷ 150 per instance = 520000 → 520000
        var photonicCore = a.Component("photonic_core", "Photonic Core").Instances(520000);
        // 130,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 156000 → 156000
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(156000);
        // 130,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 156000 → 156000
        var bioProcessor = a.Component("bio_processor", "Bio Processor").Instances(156000);

        neuromorphicChip.Calls(quantumProcessor);
        photonicCore.Calls(quantumProcessor);
        neuromorphicChip.Calls(bioProcessor);
        photonicCore.Calls(bioProcessor);
    }
}
