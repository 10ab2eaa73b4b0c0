// Drafted by `sysdesign solve l6-privacy-innovation-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Temporal Privacy Infrastructure (l6-privacy-innovation-15).
/// Goal: Design next-generation temporal privacy system achieving consciousness isolation for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $136,340,640/month.
/// </summary>
[Design("l6-privacy-innovation-15")]
public sealed class L6PrivacyInnovation15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 240,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 28800 → 28800
        var privacyGateway = a.Component("privacy_gateway", "Privacy Gateway").Instances(28800);
        // 80,000,000 req/s × 1.2 headroom ÷ 150 per instance = 640000 → 640000
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(640000);
        // 80,000,000 req/s × 1.2 headroom ÷ 150 per instance = 640000 → 640000
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(640000);
        // 80,000,000 req/s × 1.2 headroom ÷ 150 per instance = 640000 → 640000
        var zKPVerifier = a.Component("zkp_verifier", "ZKP Verifier").Instances(640000);

        privacyGateway.ConnectsTo(homomorphicEngine);
        privacyGateway.ConnectsTo(secureEnclave);
        privacyGateway.ConnectsTo(zKPVerifier);
    }
}
