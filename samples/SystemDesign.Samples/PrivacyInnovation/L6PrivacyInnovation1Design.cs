// Drafted by `sysdesign solve l6-privacy-innovation-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Homomorphic Everything Infrastructure (l6-privacy-innovation-1).
/// Goal: Design next-generation homomorphic everything system achieving unbreakable encryption for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $56,808,670/month.
/// </summary>
[Design("l6-privacy-innovation-1")]
public sealed class L6PrivacyInnovation1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 100,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12000 → 12000
        var privacyGateway = a.Component("privacy_gateway", "Privacy Gateway").Instances(12000);
        // 33,333,333 req/s × 1.2 headroom ÷ 150 per instance = 266667 → 266667
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(266667);
        // 33,333,333 req/s × 1.2 headroom ÷ 150 per instance = 266667 → 266667
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(266667);
        // 33,333,333 req/s × 1.2 headroom ÷ 150 per instance = 266667 → 266667
        var zKPVerifier = a.Component("zkp_verifier", "ZKP Verifier").Instances(266667);

        privacyGateway.ConnectsTo(homomorphicEngine);
        privacyGateway.ConnectsTo(secureEnclave);
        privacyGateway.ConnectsTo(zKPVerifier);
    }
}
