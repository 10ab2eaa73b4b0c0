// Drafted by `sysdesign solve l6-bio-digital-twin` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.BioDigital;

/// <summary>
/// Human Digital Twin Platform (l6-bio-digital-twin).
/// Goal: Build system creating real-time digital twins of human biology for medicine
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $701/month.
/// </summary>
[Design("l6-bio-digital-twin")]
public sealed class L6BioDigitalTwinDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 ML Predictor is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry ml_predictor: AWS ... → 2
        var mLPredictor = a.Component("ml_predictor", "ML Predictor").Instances(2);
        // at 1: SD4002 Organ Simulator is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry organ_simulator... → 2
        var organSimulator = a.Component("organ_simulator", "Organ Simulator").Instances(2);
        // at 1: SD4002 Genomic Processor is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry genomic_proce... → 2
        var genomicProcessor = a.Component("genomic_processor", "Genomic Processor").Instances(2);
        // at 1: SD4002 Sensor Integrator is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry sensor_integr... → 2
        var sensorIntegrator = a.Component("sensor_integrator", "Sensor Integrator").Instances(2);
        // at 1: SD4002 Treatment Optimizer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry treatment_o... → 2
        var treatmentOptimizer = a.Component("treatment_optimizer", "Treatment Optimizer").Instances(2);

        mLPredictor.Calls(organSimulator);
        mLPredictor.Calls(genomicProcessor);
        mLPredictor.Calls(sensorIntegrator);
        mLPredictor.Calls(treatmentOptimizer);
    }
}
