// Drafted by `sysdesign solve l6-privacy-innovation-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Quantum Privacy Infrastructure (l6-privacy-innovation-2).
/// Goal: Design next-generation quantum privacy system achieving privacy time travel for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $62,489,600/month.
/// </summary>
[Design("l6-privacy-innovation-2")]
public sealed class L6PrivacyInnovation2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 110,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 13200 → 13200
        var privacyGateway = a.Component("privacy_gateway", "Privacy Gateway").Instances(13200);
        // 36,666,667 req/s × 1.2 headroom ÷ 150 per instance = 293334 → 293334
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(293334);
        // 36,666,667 req/s × 1.2 headroom ÷ 150 per instance = 293334 → 293334
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(293334);
        // 36,666,667 req/s × 1.2 headroom ÷ 150 per instance = 293334 → 293334
        var zKPVerifier = a.Component("zkp_verifier", "ZKP Verifier").Instances(293334);

        privacyGateway.ConnectsTo(homomorphicEngine);
        privacyGateway.ConnectsTo(secureEnclave);
        privacyGateway.ConnectsTo(zKPVerifier);
    }
}
