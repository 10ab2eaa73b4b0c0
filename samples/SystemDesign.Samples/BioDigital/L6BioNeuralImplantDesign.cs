// Drafted by `sysdesign solve l6-bio-neural-implant` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.BioDigital;

/// <summary>
/// Neural Implant Data Platform (l6-bio-neural-implant).
/// Goal: Build platform managing data from 1M neural implants for medical treatment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $356/month.
/// </summary>
[Design("l6-bio-neural-implant")]
public sealed class L6BioNeuralImplantDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Secure Uplink is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry secure_uplink: A... → 2
        var secureUplink = a.Component("secure_uplink", "Secure Uplink").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var neuralDecoder = a.Component("neural_decoder", "Neural Decoder").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var edgeProcessor = a.Component("edge_processor", "Edge Processor").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var medicalAI = a.Component("medical_ai", "Medical AI").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var firmwareUpdater = a.Component("firmware_updater", "Firmware Updater").Instances(1);

        secureUplink.ConnectsTo(neuralDecoder);
        secureUplink.ConnectsTo(edgeProcessor);
        secureUplink.ConnectsTo(medicalAI);
        neuralDecoder.ConnectsTo(firmwareUpdater);
    }
}
