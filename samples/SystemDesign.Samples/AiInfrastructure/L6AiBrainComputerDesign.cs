// Drafted by `sysdesign solve l6-ai-brain-computer` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.AiInfrastructure;

/// <summary>
/// Brain-Computer Interface Platform (l6-ai-brain-computer).
/// Goal: Build real-time platform for brain-computer interfaces supporting 1M neurons
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $561/month.
/// </summary>
[Design("l6-ai-brain-computer")]
public sealed class L6AiBrainComputerDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var neuralAmplifier = a.Component("neural_amplifier", "Neural Amplifier");
        // at 1: SD4002 Signal Processor is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry signal_process... → 2
        var signalProcessor = a.Component("signal_processor", "Signal Processor").Instances(2);
        // at 1: SD4002 Decode Engine is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry decode_engine: AW... → 2
        var decodeEngine = a.Component("decode_engine", "Decode Engine").Instances(2);
        // at 1: SD4002 Stimulator is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry stimulator: AWS EC2 ... → 2
        var stimulator = a.Component("stimulator", "Stimulator").Instances(2);
        // at 1: SD4002 Privacy Shield is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry privacy_shield: ... → 2
        var privacyShield = a.Component("privacy_shield", "Privacy Shield").Instances(2);

        neuralAmplifier.ConnectsTo(signalProcessor);
        neuralAmplifier.ConnectsTo(decodeEngine);
        neuralAmplifier.ConnectsTo(stimulator);
        neuralAmplifier.ConnectsTo(privacyShield);
    }
}
