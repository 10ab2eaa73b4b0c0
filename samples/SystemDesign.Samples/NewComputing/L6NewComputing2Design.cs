// Drafted by `sysdesign solve l6-new-computing-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Neuromorphic Chips Infrastructure (l6-new-computing-2).
/// Goal: Design next-generation neuromorphic chips system achieving biological processors for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $80,171,520/month.
/// </summary>
[Design("l6-new-computing-2")]
public sealed class L6NewComputing2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 55,000,000 req/s × 1.2 headroom ÷ 150 per instance = 440000 → 440000
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(440000);
        // 55,000,000 req/s × 1.2 headroom ÷ 150 per instance = 440000 → 440000
        var photonicCore = a.Component("photonic_core", "Photonic Core").Instances(440000);
        // 110,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 132000 → 132000
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(132000);
        // 110,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 132000 → 132000
        var bioProcessor = a.Component("bio_processor", "Bio Processor").Instances(132000);

        neuromorphicChip.Calls(quantumProcessor);
        photonicCore.Calls(quantumProcessor);
        neuromorphicChip.Calls(bioProcessor);
        photonicCore.Calls(bioProcessor);
    }
}
