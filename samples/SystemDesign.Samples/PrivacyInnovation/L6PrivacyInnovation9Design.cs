// Drafted by `sysdesign solve l6-privacy-innovation-9` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Cognitive Firewalls Infrastructure (l6-privacy-innovation-9).
/// Goal: Design next-generation cognitive firewalls system achieving consciousness isolation for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $102,255,480/month.
/// </summary>
[Design("l6-privacy-innovation-9")]
public sealed class L6PrivacyInnovation9Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 180,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 21600 → 21600
        var privacyGateway = a.Component("privacy_gateway", "Privacy Gateway").Instances(21600);
        // 60,000,000 req/s × 1.2 headroom ÷ 150 per instance = 480000 → 480000
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(480000);
        // 60,000,000 req/s × 1.2 headroom ÷ 150 per instance = 480000 → 480000
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(480000);
        // 60,000,000 req/s × 1.2 headroom ÷ 150 per instance = 480000 → 480000
        var zKPVerifier = a.Component("zkp_verifier", "ZKP Verifier").Instances(480000);

        privacyGateway.ConnectsTo(homomorphicEngine);
        privacyGateway.ConnectsTo(secureEnclave);
        privacyGateway.ConnectsTo(zKPVerifier);
    }
}
