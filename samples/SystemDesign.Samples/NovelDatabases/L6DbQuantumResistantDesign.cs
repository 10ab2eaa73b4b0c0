// Drafted by `sysdesign solve l6-db-quantum-resistant` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NovelDatabases;

/// <summary>
/// Quantum-Resistant Distributed Database (l6-db-quantum-resistant).
/// Goal: Create distributed database with post-quantum cryptography and quantum-safe consensus
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $58,309/month.
/// </summary>
[Design("l6-db-quantum-resistant")]
public sealed class L6DbQuantumResistantDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 100,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 1; every constraint at once needs 2 (N+1: 100,000 ÷ 1,000,000 req/s below 100%, plus one instance to lose) → 2
        var qKDNetwork = a.Component("qkd_network", "QKD Network").Instances(2);
        // 33,333 req/s × 1.2 headroom ÷ 150 per instance = 267 → 267
        var latticeCryptography = a.Component("lattice_crypto", "Lattice Cryptography").Instances(267);
        // 33,333 req/s × 1.2 headroom ÷ 150 per instance = 267 → 267
        var homomorphicEngine = a.Component("homomorphic_engine", "Homomorphic Engine").Instances(267);
        // 33,333 req/s × 1.2 headroom ÷ 150 per instance = 267 → 267
        var cryptoAgilityLayer = a.Component("crypto_agility_layer", "Crypto Agility Layer").Instances(267);
        // 100,000 req/s × 1.2 headroom ÷ 4,000 per instance = 30 → 30
        var postQuantumConsensus = a.Component("pq_consensus", "Post-Quantum Consensus").Instances(30);

        qKDNetwork.ConnectsTo(latticeCryptography);
        qKDNetwork.ConnectsTo(homomorphicEngine);
        qKDNetwork.ConnectsTo(cryptoAgilityLayer);
        latticeCryptography.Calls(postQuantumConsensus);
        homomorphicEngine.Calls(postQuantumConsensus);
        cryptoAgilityLayer.Calls(postQuantumConsensus);
    }
}
