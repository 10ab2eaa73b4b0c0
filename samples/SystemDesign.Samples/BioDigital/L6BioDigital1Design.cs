// Drafted by `sysdesign solve l6-bio-digital-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.BioDigital;

/// <summary>
/// Brain Uploads Infrastructure (l6-bio-digital-1).
/// Goal: Design next-generation brain uploads system achieving consciousness transfer for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $56,064,000/month.
/// </summary>
[Design("l6-bio-digital-1")]
public sealed class L6BioDigital1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var bioSensor = a.Component("bio_sensor", "Bio Sensor");
        // the workload's source: users outside the system, not sized or billed
        var neuralInterface = a.Component("neural_interface", "Neural Interface");
        // the workload's source: users outside the system, not sized or billed
        var dNASequencer = a.Component("dna_sequencer", "DNA Sequencer");
        // 100,000,000 req/s × 1.2 headroom ÷ 150 per instance = 800000 → 800000
        var nanoController = a.Component("nano_controller", "Nano Controller").Instances(800000);

        bioSensor.ConnectsTo(nanoController);
        neuralInterface.ConnectsTo(nanoController);
        dNASequencer.ConnectsTo(nanoController);
    }
}
