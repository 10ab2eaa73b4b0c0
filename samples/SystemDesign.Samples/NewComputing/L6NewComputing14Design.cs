// Drafted by `sysdesign solve l6-new-computing-14` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Photonic Processors Infrastructure (l6-new-computing-14).
/// Goal: Design next-generation photonic processors system achieving biological processors for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $167,631,360/month.
/// </summary>
[Design("l6-new-computing-14")]
public sealed class L6NewComputing14Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 115,000,000 req/s × 1.2 headroom ÷ 150 per instance = 920000 → 920000
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(920000);
        // 115,000,000 req/s × 1.2 headroom ÷ 150 per instance = 920000 → 920000
        var photonicCore = a.Component("photonic_core", "Photonic Core").Instances(920000);
        // 230,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 276000 → 276000
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(276000);
        // 230,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 276000 → 276000
        var bioProcessor = a.Component("bio_processor", "Bio Processor").Instances(276000);

        neuromorphicChip.Calls(quantumProcessor);
        photonicCore.Calls(quantumProcessor);
        neuromorphicChip.Calls(bioProcessor);
        photonicCore.Calls(bioProcessor);
    }
}
