// Drafted by `sysdesign solve l6-privacy-innovation-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Homomorphic Everything Infrastructure (l6-privacy-innovation-11).
/// Goal: Design next-generation homomorphic everything system achieving privacy time travel for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $113,617,340/month.
/// </summary>
[Design("l6-privacy-innovation-11")]
public sealed class L6PrivacyInnovation11Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 200,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 24000 → 24000
        var privacyGateway = a.Component("privacy_gateway", "Privacy Gateway").Instances(24000);
        // 66,666,667 req/s × 1.2 headroom ÷ 150 per instance = 533334 → 533334
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(533334);
        // 66,666,667 req/s × 1.2 headroom ÷ 150 per instance = 533334 → 533334
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(533334);
        // 66,666,667 req/s × 1.2 headroom ÷ 150 per instance = 533334 → 533334
        var zKPVerifier = a.Component("zkp_verifier", "ZKP Verifier").Instances(533334);

        privacyGateway.ConnectsTo(homomorphicEngine);
        privacyGateway.ConnectsTo(secureEnclave);
        privacyGateway.ConnectsTo(zKPVerifier);
    }
}
