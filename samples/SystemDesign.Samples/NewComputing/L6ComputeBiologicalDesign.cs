// Drafted by `sysdesign solve l6-compute-biological` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Biological Computing Infrastructure (l6-compute-biological).
/// Goal: Create infrastructure for biological computers using DNA and proteins
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $701/month.
/// </summary>
[Design("l6-compute-biological")]
public sealed class L6ComputeBiologicalDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Sequencer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry sequencer: AWS EC2 SL... → 2
        var sequencer = a.Component("sequencer", "Sequencer").Instances(2);
        // at 1: SD4002 DNA Synthesizer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry dna_synthesizer... → 2
        var dNASynthesizer = a.Component("dna_synthesizer", "DNA Synthesizer").Instances(2);
        // at 1: SD4002 PCR Amplifier is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry pcr_amplifier: AW... → 2
        var pCRAmplifier = a.Component("pcr_amplifier", "PCR Amplifier").Instances(2);
        // at 1: SD4002 Microfluidics is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry microfluidics: AW... → 2
        var microfluidics = a.Component("microfluidics", "Microfluidics").Instances(2);
        // at 1: SD4002 Molecular Compiler is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry molecular_co... → 2
        var molecularCompiler = a.Component("molecular_compiler", "Molecular Compiler").Instances(2);

        sequencer.Calls(dNASynthesizer);
        sequencer.Calls(pCRAmplifier);
        sequencer.Calls(microfluidics);
        sequencer.Calls(molecularCompiler);
    }
}
