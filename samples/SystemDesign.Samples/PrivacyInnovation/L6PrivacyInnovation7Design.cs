// Drafted by `sysdesign solve l6-privacy-innovation-7` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Quantum Privacy Infrastructure (l6-privacy-innovation-7).
/// Goal: Design next-generation quantum privacy system achieving unbreakable encryption for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $90,893,830/month.
/// </summary>
[Design("l6-privacy-innovation-7")]
public sealed class L6PrivacyInnovation7Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 160,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 19200 → 19200
        var privacyGateway = a.Component("privacy_gateway", "Privacy Gateway").Instances(19200);
        // 53,333,333 req/s × 1.2 headroom ÷ 150 per instance = 426667 → 426667
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(426667);
        // 53,333,333 req/s × 1.2 headroom ÷ 150 per instance = 426667 → 426667
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(426667);
        // 53,333,333 req/s × 1.2 headroom ÷ 150 per instance = 426667 → 426667
        var zKPVerifier = a.Component("zkp_verifier", "ZKP Verifier").Instances(426667);

        privacyGateway.ConnectsTo(homomorphicEngine);
        privacyGateway.ConnectsTo(secureEnclave);
        privacyGateway.ConnectsTo(zKPVerifier);
    }
}
