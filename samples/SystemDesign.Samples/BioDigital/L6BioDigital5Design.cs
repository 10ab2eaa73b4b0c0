// Drafted by `sysdesign solve l6-bio-digital-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD2002 // Nano Controller: 140,000,000 req/s offered, 938,354 × 150 = 140,753,100 req/s capacity (utilization 99.46%), less than the 20% headroom; 1,120,000 instances give 168,000,000 req/s, the 20% headroom (1.2 × 140,000,000 = 168,000,000).
namespace SystemDesign.Samples.BioDigital;

/// <summary>
/// Bio-Processors Infrastructure (l6-bio-digital-5).
/// Goal: Design next-generation bio-processors system achieving biological internet for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $65,759,848/month.
/// </summary>
[Design("l6-bio-digital-5")]
public sealed class L6BioDigital5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var bioSensor = a.Component("bio_sensor", "Bio Sensor");
        // the workload's source: users outside the system, not sized or billed
        var neuralInterface = a.Component("neural_interface", "Neural Interface");
        // the workload's source: users outside the system, not sized or billed
        var dNASequencer = a.Component("dna_sequencer", "DNA Sequencer");
        // 140,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1120000 → 938354
        var nanoController = a.Component("nano_controller", "Nano Controller").Instances(938354);

        bioSensor.ConnectsTo(nanoController);
        neuralInterface.ConnectsTo(nanoController);
        dNASequencer.ConnectsTo(nanoController);
    }
}
