// Drafted by `sysdesign solve l6-privacy-zkp-internet` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PrivacyInnovation;

/// <summary>
/// Zero-Knowledge Internet (l6-privacy-zkp-internet).
/// Goal: Design internet architecture where all interactions use zero-knowledge proofs
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $634/month.
/// </summary>
[Design("l6-privacy-zkp-internet")]
public sealed class L6PrivacyZkpInternetDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 ZK Prover is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry zk_prover: AWS EC2 SL... → 2
        var zKProver = a.Component("zk_prover", "ZK Prover").Instances(2);
        // at 1: SD4002 Verifier Network is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry verifier_netwo... → 2
        var verifierNetwork = a.Component("verifier_network", "Verifier Network").Instances(2);
        // at 1: SD4002 Circuit Compiler is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry circuit_compil... → 2
        var circuitCompiler = a.Component("circuit_compiler", "Circuit Compiler").Instances(2);
        // at 1: SD4002 Proof Aggregator is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry proof_aggregat... → 2
        var proofAggregator = a.Component("proof_aggregator", "Proof Aggregator").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var trustedSetup = a.Component("trusted_setup", "Trusted Setup").Instances(1);

        zKProver.Calls(circuitCompiler);
        verifierNetwork.Calls(circuitCompiler);
        zKProver.Calls(proofAggregator);
        verifierNetwork.Calls(proofAggregator);
        zKProver.ConnectsTo(trustedSetup);
    }
}
