// Drafted by `sysdesign solve l6-privacy-innovation-10` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Temporal Privacy Infrastructure (l6-privacy-innovation-10).
/// Goal: Design next-generation temporal privacy system achieving unbreakable encryption for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $107,936,410/month.
/// </summary>
[Design("l6-privacy-innovation-10")]
public sealed class L6PrivacyInnovation10Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 190,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 22800 → 22800
        var privacyGateway = a.Component("privacy_gateway", "Privacy Gateway").Instances(22800);
        // 63,333,333 req/s × 1.2 headroom ÷ 150 per instance = 506667 → 506667
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(506667);
        // 63,333,333 req/s × 1.2 headroom ÷ 150 per instance = 506667 → 506667
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(506667);
        // 63,333,333 req/s × 1.2 headroom ÷ 150 per instance = 506667 → 506667
        var zKPVerifier = a.Component("zkp_verifier", "ZKP Verifier").Instances(506667);

        privacyGateway.ConnectsTo(homomorphicEngine);
        privacyGateway.ConnectsTo(secureEnclave);
        privacyGateway.ConnectsTo(zKPVerifier);
    }
}
