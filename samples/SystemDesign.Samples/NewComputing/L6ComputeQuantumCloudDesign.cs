// Drafted by `sysdesign solve l6-compute-quantum-cloud` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NewComputing;

/// <summary>
/// Quantum Cloud Computing Platform (l6-compute-quantum-cloud).
/// Goal: Build cloud platform providing quantum computing as a service globally
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $58,753/month.
/// </summary>
[Design("l6-compute-quantum-cloud")]
public sealed class L6ComputeQuantumCloudDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Control Electronics is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry control_el... → 2
        var controlElectronics = a.Component("control_electronics", "Control Electronics").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var quantumProcessor = a.Component("quantum_processor", "Quantum Processor").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var compiler = a.Component("compiler", "Compiler").Instances(1);
        // at 1: SD4002 Job Scheduler is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry job_scheduler: AW... → 2
        var jobScheduler = a.Component("job_scheduler", "Job Scheduler").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var dilutionFridge = a.Component("dilution_fridge", "Dilution Fridge").Instances(1);

        controlElectronics.ConnectsTo(quantumProcessor);
        controlElectronics.ConnectsTo(compiler);
        quantumProcessor.Consumes(jobScheduler);
        compiler.Consumes(jobScheduler);
        quantumProcessor.ConnectsTo(dilutionFridge);
    }
}
