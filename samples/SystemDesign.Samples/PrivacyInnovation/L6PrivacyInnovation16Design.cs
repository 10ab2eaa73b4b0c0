// Drafted by `sysdesign solve l6-privacy-innovation-16` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Homomorphic Everything Infrastructure (l6-privacy-innovation-16).
/// Goal: Design next-generation homomorphic everything system achieving unbreakable encryption for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $142,021,570/month.
/// </summary>
[Design("l6-privacy-innovation-16")]
public sealed class L6PrivacyInnovation16Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 250,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 30000 → 30000
        var privacyGateway = a.Component("privacy_gateway", "Privacy Gateway").Instances(30000);
        // 83,333,333 req/s × 1.2 headroom ÷ 150 per instance = 666667 → 666667
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(666667);
        // 83,333,333 req/s × 1.2 headroom ÷ 150 per instance = 666667 → 666667
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(666667);
        // 83,333,333 req/s × 1.2 headroom ÷ 150 per instance = 666667 → 666667
        var zKPVerifier = a.Component("zkp_verifier", "ZKP Verifier").Instances(666667);

        privacyGateway.ConnectsTo(homomorphicEngine);
        privacyGateway.ConnectsTo(secureEnclave);
        privacyGateway.ConnectsTo(zKPVerifier);
    }
}
