// Drafted by `sysdesign solve l6-privacy-innovation-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Biological Privacy Infrastructure (l6-privacy-innovation-3).
/// Goal: Design next-generation biological privacy system achieving consciousness isolation for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $68,170,320/month.
/// </summary>
[Design("l6-privacy-innovation-3")]
public sealed class L6PrivacyInnovation3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 120,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 14400 → 14400
        var privacyGateway = a.Component("privacy_gateway", "Privacy Gateway").Instances(14400);
        // 40,000,000 req/s × 1.2 headroom ÷ 150 per instance = 320000 → 320000
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(320000);
        // 40,000,000 req/s × 1.2 headroom ÷ 150 per instance = 320000 → 320000
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(320000);
        // 40,000,000 req/s × 1.2 headroom ÷ 150 per instance = 320000 → 320000
        var zKPVerifier = a.Component("zkp_verifier", "ZKP Verifier").Instances(320000);

        privacyGateway.ConnectsTo(homomorphicEngine);
        privacyGateway.ConnectsTo(secureEnclave);
        privacyGateway.ConnectsTo(zKPVerifier);
    }
}
