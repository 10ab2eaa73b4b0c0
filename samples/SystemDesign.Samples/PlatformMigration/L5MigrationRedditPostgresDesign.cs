// Drafted by `sysdesign solve l5-migration-reddit-postgres` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Reddit PostgreSQL to CockroachDB Migration (l5-migration-reddit-postgres).
/// Goal: Migrate Reddit from sharded PostgreSQL to globally distributed CockroachDB for 52M daily users
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $3,681/month.
/// </summary>
[Design("l5-migration-reddit-postgres")]
public sealed class L5MigrationRedditPostgresDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 16,667 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 16,666.67 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var router = a.Component("router", "Router").Instances(2);
        // 8,333 req/s × 1.2 headroom ÷ 1,000 per instance = 10; every constraint at once needs 11 (the 99.95% availability target) → 11
        var cDCPipeline = a.Component("cdc_pipeline", "CDC Pipeline").Instances(11);
        // 8,333 req/s × 1.2 headroom ÷ 1,000 per instance = 10; every constraint at once needs 11 (the 99.95% availability target) → 11
        var consistencyChecker = a.Component("consistency_checker", "Consistency Checker").Instances(11);
        // 16,667 req/s × 1.2 headroom ÷ 4,000 per instance = 5; every constraint at once needs 6 (N+1: 16,666.67 ÷ 4,000 req/s below 100%, plus one instance to lose) → 6
        var cockroachDB = a.Component("cockroachdb", "CockroachDB").Instances(6);
        // 1,667 req/s × 1.2 headroom ÷ 1,000 per instance = 2; every constraint at once needs 3 (N+1: 1,666.67 ÷ 1,000 req/s below 100%, plus one instance to lose) → 3
        var postgresShards = a.Component("postgres_shards", "Postgres Shards").Instances(3);

        router.ConnectsTo(cDCPipeline);
        router.ConnectsTo(consistencyChecker);
        cDCPipeline.Calls(cockroachDB);
        cDCPipeline.Writes(postgresShards);
        consistencyChecker.Calls(cockroachDB);
        consistencyChecker.Writes(postgresShards);
    }
}
