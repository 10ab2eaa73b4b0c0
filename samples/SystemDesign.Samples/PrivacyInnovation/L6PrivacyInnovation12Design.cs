// Drafted by `sysdesign solve l6-privacy-innovation-12` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Quantum Privacy Infrastructure (l6-privacy-innovation-12).
/// Goal: Design next-generation quantum privacy system achieving consciousness isolation for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $119,298,060/month.
/// </summary>
[Design("l6-privacy-innovation-12")]
public sealed class L6PrivacyInnovation12Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 210,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 25200 → 25200
        var privacyGateway = a.Component("privacy_gateway", "Privacy Gateway").Instances(25200);
        // 70,000,000 req/s × 1.2 headroom ÷ 150 per instance = 560000 → 560000
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(560000);
        // 70,000,000 req/s × 1.2 headroom ÷ 150 per instance = 560000 → 560000
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(560000);
        // 70,000,000 req/s × 1.2 headroom ÷ 150 per instance = 560000 → 560000
        var zKPVerifier = a.Component("zkp_verifier", "ZKP Verifier").Instances(560000);

        privacyGateway.ConnectsTo(homomorphicEngine);
        privacyGateway.ConnectsTo(secureEnclave);
        privacyGateway.ConnectsTo(zKPVerifier);
    }
}
