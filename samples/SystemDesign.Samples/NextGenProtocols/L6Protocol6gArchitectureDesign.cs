// Drafted by `sysdesign solve l6-protocol-6g-architecture` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NextGenProtocols;

/// <summary>
/// 6G Network Architecture (l6-protocol-6g-architecture).
/// Goal: Create 6G architecture supporting 1Tbps speeds and holographic communication
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $359/month.
/// </summary>
[Design("l6-protocol-6g-architecture")]
public sealed class L6Protocol6gArchitectureDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 THz Transceiver is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry thz_transceive... → 2
        var tHzTransceiver = a.Component("thz_transceiver", "THz Transceiver").Instances(2);
        // at 1: SD4002 Satellite Mesh is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry satellite_mesh:... → 2
        var satelliteMesh = a.Component("satellite_mesh", "Satellite Mesh").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var holographicCodec = a.Component("holographic_codec", "Holographic Codec").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var edgeAI = a.Component("edge_ai", "Edge AI").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var aIOrchestrator = a.Component("ai_orchestrator", "AI Orchestrator").Instances(1);

        tHzTransceiver.ConnectsTo(satelliteMesh);
        satelliteMesh.ConnectsTo(holographicCodec);
        satelliteMesh.ConnectsTo(edgeAI);
        holographicCodec.ConnectsTo(aIOrchestrator);
    }
}
