// Drafted by `sysdesign solve l5-migration-pinterest-recommendation` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Pinterest Recommendation Engine Migration (l5-migration-pinterest-recommendation).
/// Goal: Transform Pinterest recommendations from batch Hadoop to real-time serving for 400M users
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $6,864,499/month.
/// </summary>
[Design("l5-migration-pinterest-recommendation")]
public sealed class L5MigrationPinterestRecommendationDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000 → 8000
        var mLServing = a.Component("ml_serving", "ML Serving").Instances(8000);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200 → 1200
        var kafkaStreams = a.Component("kafka_streams", "Kafka Streams").Instances(1200);
        // 2,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 24 → 24
        var embeddingCache = a.Component("embedding_cache", "Embedding Cache").Instances(24);
        // 2,200,000 req/s × 1.2 headroom ÷ 4,000 per instance = 660; every constraint at once needs 751 (Embedding Cache cold: 3,000,000 ÷ 4,000 req/s below 100%) → 751
        var featureStore = a.Component("feature_store", "Feature Store").Instances(751);
        // 2,200,000 req/s × 1.2 headroom ÷ 500 per instance = 5280; every constraint at once needs 6001 (Embedding Cache cold: 3,000,000 ÷ 500 req/s below 100%) → 6001
        var vectorDB = a.Component("vector_db", "Vector DB").Instances(6001);

        mLServing.Calls(kafkaStreams);
        mLServing.Reads(embeddingCache);
        mLServing.Calls(featureStore);
        mLServing.Reads(vectorDB);
        kafkaStreams.Reads(embeddingCache);
        kafkaStreams.Calls(featureStore);
        kafkaStreams.Reads(vectorDB);
        embeddingCache.Reads(featureStore);
        embeddingCache.Reads(vectorDB);
    }
}
