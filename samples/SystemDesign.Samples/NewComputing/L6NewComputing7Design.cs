// Drafted by `sysdesign solve l6-new-computing-7` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Neuromorphic Chips Infrastructure (l6-new-computing-7).
/// Goal: Design next-generation neuromorphic chips system achieving room temperature quantum for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $116,613,120/month.
/// </summary>
[Design("l6-new-computing-7")]
public sealed class L6NewComputing7Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 80,000,000 req/s × 1.2 headroom ÷ 150 per instance = 640000 → 640000
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(640000);
        // 80,000,000 req/s × 1.2 headroom ÷ 150 per instance = 640000 → 640000
        var photonicCore = a.Component("photonic_core", "Photonic Core").Instances(640000);
        // 160,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 192000 → 192000
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(192000);
        // 160,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 192000 → 192000
        var bioProcessor = a.Component("bio_processor", "Bio Processor").Instances(192000);

        neuromorphicChip.Calls(quantumProcessor);
        photonicCore.Calls(quantumProcessor);
        neuromorphicChip.Calls(bioProcessor);
        photonicCore.Calls(bioProcessor);
    }
}
