// Drafted by `sysdesign solve l6-privacy-innovation-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Temporal Privacy Infrastructure (l6-privacy-innovation-5).
/// Goal: Design next-generation temporal privacy system achieving privacy time travel for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $79,532,180/month.
/// </summary>
[Design("l6-privacy-innovation-5")]
public sealed class L6PrivacyInnovation5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 140,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 16800 → 16800
        var privacyGateway = a.Component("privacy_gateway", "Privacy Gateway").Instances(16800);
        // 46,666,667 req/s × 1.2 headroom ÷ 150 per instance = 373334 → 373334
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(373334);
        // 46,666,667 req/s × 1.2 headroom ÷ 150 per instance = 373334 → 373334
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(373334);
        // 46,666,667 req/s × 1.2 headroom ÷ 150 per instance = 373334 → 373334
        var zKPVerifier = a.Component("zkp_verifier", "ZKP Verifier").Instances(373334);

        privacyGateway.ConnectsTo(homomorphicEngine);
        privacyGateway.ConnectsTo(secureEnclave);
        privacyGateway.ConnectsTo(zKPVerifier);
    }
}
