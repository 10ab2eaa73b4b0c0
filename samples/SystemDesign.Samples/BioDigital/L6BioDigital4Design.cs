// Drafted by `sysdesign solve l6-bio-digital-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD2002 // Nano Controller: 130,000,000 req/s offered, 871,340 × 150 = 130,701,000 req/s capacity (utilization 99.46%), less than the 20% headroom; 1,040,000 instances give 156,000,000 req/s, the 20% headroom (1.2 × 130,000,000 = 156,000,000).
namespace SystemDesign.Samples.BioDigital;

/// <summary>
/// Digital Twins Infrastructure (l6-bio-digital-4).
/// Goal: Design next-generation digital twins system achieving consciousness transfer for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $61,063,507/month.
/// </summary>
[Design("l6-bio-digital-4")]
public sealed class L6BioDigital4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var bioSensor = a.Component("bio_sensor", "Bio Sensor");
        // the workload's source: users outside the system, not sized or billed
        var neuralInterface = a.Component("neural_interface", "Neural Interface");
        // the workload's source: users outside the system, not sized or billed
        var dNASequencer = a.Component("dna_sequencer", "DNA Sequencer");
        // 130,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1040000 → 871340
        var nanoController = a.Component("nano_controller", "Nano Controller").Instances(871340);

        bioSensor.ConnectsTo(nanoController);
        neuralInterface.ConnectsTo(nanoController);
        dNASequencer.ConnectsTo(nanoController);
    }
}
