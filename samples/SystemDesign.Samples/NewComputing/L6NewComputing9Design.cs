// Drafted by `sysdesign solve l6-new-computing-9` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Photonic Processors Infrastructure (l6-new-computing-9).
/// Goal: Design next-generation photonic processors system achieving zero-energy computing for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $131,189,760/month.
/// </summary>
[Design("l6-new-computing-9")]
public sealed class L6NewComputing9Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 90,000,000 req/s × 1.2 headroom ÷ 150 per instance = 720000 → 720000
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(720000);
        // 90,000,000 req/s × 1.2 headroom ÷ 150 per instance = 720000 → 720000
        var photonicCore = a.Component("photonic_core", "Photonic Core").Instances(720000);
        // 180,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 216000 → 216000
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(216000);
        // 180,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 216000 → 216000
        var bioProcessor = a.Component("bio_processor", "Bio Processor").Instances(216000);

        neuromorphicChip.Calls(quantumProcessor);
        photonicCore.Calls(quantumProcessor);
        neuromorphicChip.Calls(bioProcessor);
        photonicCore.Calls(bioProcessor);
    }
}
