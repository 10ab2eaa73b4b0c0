// Drafted by `sysdesign solve l6-bio-digital-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.BioDigital;

/// <summary>
/// Nano-Medicine Infrastructure (l6-bio-digital-3).
/// Goal: Design next-generation nano-medicine system achieving living computers for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $67,276,800/month.
/// </summary>
[Design("l6-bio-digital-3")]
public sealed class L6BioDigital3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var bioSensor = a.Component("bio_sensor", "Bio Sensor");
        // the workload's source: users outside the system, not sized or billed
        var neuralInterface = a.Component("neural_interface", "Neural Interface");
        // the workload's source: users outside the system, not sized or billed
        var dNASequencer = a.Component("dna_sequencer", "DNA Sequencer");
        // 120,000,000 req/s × 1.2 headroom ÷ 150 per instance = 960000 → 960000
        var nanoController = a.Component("nano_controller", "Nano Controller").Instances(960000);

        bioSensor.ConnectsTo(nanoController);
        neuralInterface.ConnectsTo(nanoController);
        dNASequencer.ConnectsTo(nanoController);
    }
}
