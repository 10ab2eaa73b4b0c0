// Drafted by `sysdesign solve l6-new-computing-17` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD2002 // Neuromorphic Chip: 130,000,000 req/s offered, 871,331 × 150 = 130,699,650 req/s capacity (utilization 99.46%), less than the 20% headroom; 1,040,000 instances give 156,000,000 req/s, the 20% headroom (1.2 × 130,000,000 = 156,000,000). (and 1 more)
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Neuromorphic Chips Infrastructure (l6-new-computing-17).
/// Goal: Design next-generation neuromorphic chips system achieving biological processors for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $165,858,196/month.
/// </summary>
[Design("l6-new-computing-17")]
public sealed class L6NewComputing17Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 130,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1040000 → 871331
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(871331);
        // 130,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1040000 → 871367
        var photonicCore = a.Component("photonic_core", "Photonic Core").Instances(871367);
        // 260,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 312000 → 312000
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(312000);
        // 260,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 312000 → 312000
        var bioProcessor = a.Component("bio_processor", "Bio Processor").Instances(312000);

        neuromorphicChip.Calls(quantumProcessor);
        photonicCore.Calls(quantumProcessor);
        neuromorphicChip.Calls(bioProcessor);
        photonicCore.Calls(bioProcessor);
    }
}
