// Drafted by `sysdesign solve l6-privacy-innovation-8` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Biological Privacy Infrastructure (l6-privacy-innovation-8).
/// Goal: Design next-generation biological privacy system achieving privacy time travel for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $96,574,760/month.
/// </summary>
[Design("l6-privacy-innovation-8")]
public sealed class L6PrivacyInnovation8Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 170,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 20400 → 20400
        var privacyGateway = a.Component("privacy_gateway", "Privacy Gateway").Instances(20400);
        // 56,666,667 req/s × 1.2 headroom ÷ 150 per instance = 453334 → 453334
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(453334);
        // 56,666,667 req/s × 1.2 headroom ÷ 150 per instance = 453334 → 453334
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(453334);
        // 56,666,667 req/s × 1.2 headroom ÷ 150 per instance = 453334 → 453334
        var zKPVerifier = a.Component("zkp_verifier", "ZKP Verifier").Instances(453334);

        privacyGateway.ConnectsTo(homomorphicEngine);
        privacyGateway.ConnectsTo(secureEnclave);
        privacyGateway.ConnectsTo(zKPVerifier);
    }
}
