// Drafted by `sysdesign solve l6-new-computing-10` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Reversible Computing Infrastructure (l6-new-computing-10).
/// Goal: Design next-generation reversible computing system achieving room temperature quantum for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $138,478,080/month.
/// </summary>
[Design("l6-new-computing-10")]
public sealed class L6NewComputing10Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 95,000,000 req/s × 1.2 headroom ÷ 150 per instance = 760000 → 760000
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(760000);
        // 95,000,000 req/s × 1.2 headroom ÷ 150 per instance = 760000 → 760000
        var photonicCore = a.Component("photonic_core", "Photonic Core").Instances(760000);
        // 190,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 228000 → 228000
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(228000);
        // 190,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 228000 → 228000
        var bioProcessor = a.Component("bio_processor", "Bio Processor").Instances(228000);

        neuromorphicChip.Calls(quantumProcessor);
        photonicCore.Calls(quantumProcessor);
        neuromorphicChip.Calls(bioProcessor);
        photonicCore.Calls(bioProcessor);
    }
}
