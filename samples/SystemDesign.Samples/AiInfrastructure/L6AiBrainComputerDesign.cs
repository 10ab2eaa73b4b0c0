// Drafted by `sysdesign solve l6-ai-brain-computer` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.AiInfrastructure;

/// <summary>
/// Brain-Computer Interface Platform (l6-ai-brain-computer).
/// Goal: Build real-time platform for brain-computer interfaces supporting 1M neurons
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $280/month.
/// </summary>
[Design("l6-ai-brain-computer")]
public sealed class L6AiBrainComputerDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var neuralAmplifier = a.Component("neural_amplifier", "Neural Amplifier");
        // one instance carries the load and no requirement asks for more → 1
        var signalProcessor = a.Component("signal_processor", "Signal Processor").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var decodeEngine = a.Component("decode_engine", "Decode Engine").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var stimulator = a.Component("stimulator", "Stimulator").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var privacyShield = a.Component("privacy_shield", "Privacy Shield").Instances(1);

        neuralAmplifier.ConnectsTo(signalProcessor);
        neuralAmplifier.ConnectsTo(decodeEngine);
        neuralAmplifier.ConnectsTo(stimulator);
        neuralAmplifier.ConnectsTo(privacyShield);
    }
}
