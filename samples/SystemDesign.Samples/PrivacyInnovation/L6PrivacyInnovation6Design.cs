// Drafted by `sysdesign solve l6-privacy-innovation-6` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Homomorphic Everything Infrastructure (l6-privacy-innovation-6).
/// Goal: Design next-generation homomorphic everything system achieving consciousness isolation for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $85,212,900/month.
/// </summary>
[Design("l6-privacy-innovation-6")]
public sealed class L6PrivacyInnovation6Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 150,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 18000 → 18000
        var privacyGateway = a.Component("privacy_gateway", "Privacy Gateway").Instances(18000);
        // 50,000,000 req/s × 1.2 headroom ÷ 150 per instance = 400000 → 400000
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(400000);
        // 50,000,000 req/s × 1.2 headroom ÷ 150 per instance = 400000 → 400000
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(400000);
        // 50,000,000 req/s × 1.2 headroom ÷ 150 per instance = 400000 → 400000
        var zKPVerifier = a.Component("zkp_verifier", "ZKP Verifier").Instances(400000);

        privacyGateway.ConnectsTo(homomorphicEngine);
        privacyGateway.ConnectsTo(secureEnclave);
        privacyGateway.ConnectsTo(zKPVerifier);
    }
}
