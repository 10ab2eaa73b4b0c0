// Drafted by `sysdesign solve l6-privacy-innovation-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Cognitive Firewalls Infrastructure (l6-privacy-innovation-4).
/// Goal: Design next-generation cognitive firewalls system achieving unbreakable encryption for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $73,851,250/month.
/// </summary>
[Design("l6-privacy-innovation-4")]
public sealed class L6PrivacyInnovation4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 130,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 15600 → 15600
        var privacyGateway = a.Component("privacy_gateway", "Privacy Gateway").Instances(15600);
        // 43,333,333 req/s × 1.2 headroom ÷ 150 per instance = 346667 → 346667
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(346667);
        // 43,333,333 req/s × 1.2 headroom ÷ 150 per instance = 346667 → 346667
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(346667);
        // 43,333,333 req/s × 1.2 headroom ÷ 150 per instance = 346667 → 346667
        var zKPVerifier = a.Component("zkp_verifier", "ZKP Verifier").Instances(346667);

        privacyGateway.ConnectsTo(homomorphicEngine);
        privacyGateway.ConnectsTo(secureEnclave);
        privacyGateway.ConnectsTo(zKPVerifier);
    }
}
