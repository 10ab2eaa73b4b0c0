// Drafted by `sysdesign solve l6-db-neuromorphic` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NovelDatabases;

/// <summary>
/// Neuromorphic Database Engine (l6-db-neuromorphic).
/// Goal: Build database using neuromorphic computing for pattern recognition queries
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,016/month.
/// </summary>
[Design("l6-db-neuromorphic")]
public sealed class L6DbNeuromorphicDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Neuromorphic Chip is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry neuromorphic_... → 2
        var neuromorphicChip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(2);
        // at 1: SD4002 Spike Encoder is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry spike_encoder: AW... → 2
        var spikeEncoder = a.Component("spike_encoder", "Spike Encoder").Instances(2);
        // at 1: SD4002 Pattern Decoder is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry pattern_decoder... → 2
        var patternDecoder = a.Component("pattern_decoder", "Pattern Decoder").Instances(2);
        // at 1: SD4002 Plasticity Engine is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry plasticity_en... → 2
        var plasticityEngine = a.Component("plasticity_engine", "Plasticity Engine").Instances(2);
        // at 1: SD4002 Synapse Array is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry synapse_array: AW... → 2
        var synapseArray = a.Component("synapse_array", "Synapse Array").Instances(2);

        neuromorphicChip.Calls(plasticityEngine);
        spikeEncoder.Calls(plasticityEngine);
        patternDecoder.Calls(plasticityEngine);
        neuromorphicChip.Calls(synapseArray);
        spikeEncoder.Calls(synapseArray);
        patternDecoder.Calls(synapseArray);
        plasticityEngine.Calls(synapseArray);
    }
}
