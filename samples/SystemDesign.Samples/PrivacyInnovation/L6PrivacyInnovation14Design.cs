// Drafted by `sysdesign solve l6-privacy-innovation-14` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Cognitive Firewalls Infrastructure (l6-privacy-innovation-14).
/// Goal: Design next-generation cognitive firewalls system achieving privacy time travel for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $130,659,920/month.
/// </summary>
[Design("l6-privacy-innovation-14")]
public sealed class L6PrivacyInnovation14Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 230,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 27600 → 27600
        var privacyGateway = a.Component("privacy_gateway", "Privacy Gateway").Instances(27600);
        // 76,666,667 req/s × 1.2 headroom ÷ 150 per instance = 613334 → 613334
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(613334);
        // 76,666,667 req/s × 1.2 headroom ÷ 150 per instance = 613334 → 613334
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(613334);
        // 76,666,667 req/s × 1.2 headroom ÷ 150 per instance = 613334 → 613334
        var zKPVerifier = a.Component("zkp_verifier", "ZKP Verifier").Instances(613334);

        privacyGateway.ConnectsTo(homomorphicEngine);
        privacyGateway.ConnectsTo(secureEnclave);
        privacyGateway.ConnectsTo(zKPVerifier);
    }
}
