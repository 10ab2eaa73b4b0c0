// Drafted by `sysdesign solve l6-privacy-innovation-13` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Biological Privacy Infrastructure (l6-privacy-innovation-13).
/// Goal: Design next-generation biological privacy system achieving unbreakable encryption for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $124,978,990/month.
/// </summary>
[Design("l6-privacy-innovation-13")]
public sealed class L6PrivacyInnovation13Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 220,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 26400 → 26400
        var privacyGateway = a.Component("privacy_gateway", "Privacy Gateway").Instances(26400);
        // 73,333,333 req/s × 1.2 headroom ÷ 150 per instance = 586667 → 586667
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(586667);
        // 73,333,333 req/s × 1.2 headroom ÷ 150 per instance = 586667 → 586667
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(586667);
        // 73,333,333 req/s × 1.2 headroom ÷ 150 per instance = 586667 → 586667
        var zKPVerifier = a.Component("zkp_verifier", "ZKP Verifier").Instances(586667);

        privacyGateway.ConnectsTo(homomorphicEngine);
        privacyGateway.ConnectsTo(secureEnclave);
        privacyGateway.ConnectsTo(zKPVerifier);
    }
}
