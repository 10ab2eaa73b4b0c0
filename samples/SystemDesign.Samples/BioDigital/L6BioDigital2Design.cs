// Drafted by `sysdesign solve l6-bio-digital-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.BioDigital;

/// <summary>
/// Synthetic Biology Infrastructure (l6-bio-digital-2).
/// Goal: Design next-generation synthetic biology system achieving biological internet for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $61,670,400/month.
/// </summary>
[Design("l6-bio-digital-2")]
public sealed class L6BioDigital2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var bioSensor = a.Component("bio_sensor", "Bio Sensor");
        // the workload's source: users outside the system, not sized or billed
        var neuralInterface = a.Component("neural_interface", "Neural Interface");
        // the workload's source: users outside the system, not sized or billed
        var dNASequencer = a.Component("dna_sequencer", "DNA Sequencer");
        // 110,000,000 req/s × 1.2 headroom ÷ 150 per instance = 880000 → 880000
        var nanoController = a.Component("nano_controller", "Nano Controller").Instances(880000);

        bioSensor.ConnectsTo(nanoController);
        neuralInterface.ConnectsTo(nanoController);
        dNASequencer.ConnectsTo(nanoController);
    }
}
