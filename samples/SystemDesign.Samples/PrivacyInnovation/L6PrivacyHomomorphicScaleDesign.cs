// Drafted by `sysdesign solve l6-privacy-homomorphic-scale` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Homomorphic Cloud Computing (l6-privacy-homomorphic-scale).
/// Goal: Build cloud platform performing computations on encrypted data without decryption
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $670,377/month.
/// </summary>
[Design("l6-privacy-homomorphic-scale")]
public sealed class L6PrivacyHomomorphicScaleDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 333,333 req/s × 1.2 headroom ÷ 150 per instance = 2667 → 2667
        var fHEEngine = a.Component("fhe_engine", "FHE Engine").Instances(2667);
        // 333,333 req/s × 1.2 headroom ÷ 150 per instance = 2667 → 2667
        var bootstrapAccelerator = a.Component("bootstrap_accelerator", "Bootstrap Accelerator").Instances(2667);
        // 333,333 req/s × 1.2 headroom ÷ 150 per instance = 2667 → 2667
        var verificationProver = a.Component("verification_prover", "Verification Prover").Instances(2667);
        // 900,000 req/s × 1.2 headroom ÷ 100,000 per instance = 11 → 11
        var ciphertextCache = a.Component("ciphertext_cache", "Ciphertext Cache").Instances(11);
        // 1,180,000 req/s × 1.2 headroom ÷ 4,000 per instance = 354; every constraint at once needs 476 (Ciphertext Cache cold: 1,900,000 ÷ 4,000 req/s below 100%) → 476
        var parameterStore = a.Component("parameter_store", "Parameter Store").Instances(476);

        fHEEngine.Reads(ciphertextCache);
        fHEEngine.Calls(parameterStore);
        bootstrapAccelerator.Reads(ciphertextCache);
        bootstrapAccelerator.Calls(parameterStore);
        verificationProver.Reads(ciphertextCache);
        verificationProver.Calls(parameterStore);
        ciphertextCache.Reads(parameterStore);
    }
}
