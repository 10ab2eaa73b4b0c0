// Drafted by `sysdesign solve l6-privacy-innovation-17` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Quantum Privacy Infrastructure (l6-privacy-innovation-17).
/// Goal: Design next-generation quantum privacy system achieving privacy time travel for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $147,702,500/month.
/// </summary>
[Design("l6-privacy-innovation-17")]
public sealed class L6PrivacyInnovation17Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 260,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 31200 → 31200
        var privacyGateway = a.Component("privacy_gateway", "Privacy Gateway").Instances(31200);
        // 86,666,667 req/s × 1.2 headroom ÷ 150 per instance = 693334 → 693334
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(693334);
        // 86,666,667 req/s × 1.2 headroom ÷ 150 per instance = 693334 → 693334
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(693334);
        // 86,666,667 req/s × 1.2 headroom ÷ 150 per instance = 693334 → 693334
        var zKPVerifier = a.Component("zkp_verifier", "ZKP Verifier").Instances(693334);

        privacyGateway.ConnectsTo(homomorphicEngine);
        privacyGateway.ConnectsTo(secureEnclave);
        privacyGateway.ConnectsTo(zKPVerifier);
    }
}
