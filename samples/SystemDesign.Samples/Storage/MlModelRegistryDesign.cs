// Drafted by `sysdesign solve ml-model-registry` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// ML Model Registry (ml-model-registry).
/// Goal: Learn artifact storage with metadata.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $6,340/month.
/// </summary>
[Design("ml-model-registry")]
public sealed class MlModelRegistryDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var mLEngineers = a.Component("redirect_client", "ML Engineers");
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 10,000.01 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 81 → 81
        var registryAPI = a.Component("app", "Registry API").Instances(81);
        // 10,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var metadataCache = a.Component("cache", "Metadata Cache").Instances(1);
        // 0.01 req/s × 1.2 headroom ÷ 1,000 per instance = 1; every constraint at once needs 2 (N+1: 0.01 ÷ 1,000 req/s below 100%, plus one instance to lose) → 2
        var postgreSQL = a.Component("db_primary", "PostgreSQL").Instances(2);
        // 2,000 req/s × 1.2 headroom ÷ 5,500 per instance = 1; every constraint at once needs 2 (Metadata Cache cold: 10,000.01 ÷ 5,500 req/s below 100%) → 2
        var s3 = a.Component("storage", "S3").Instances(2);

        mLEngineers.ConnectsTo(lB);
        lB.ConnectsTo(registryAPI);
        registryAPI.ConnectsTo(metadataCache);
        registryAPI.ConnectsTo(postgreSQL);
        registryAPI.ConnectsTo(s3);
    }
}
