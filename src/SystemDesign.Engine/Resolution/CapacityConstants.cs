using System.Collections.Generic;

namespace SystemDesign.Engine.Resolution;

/// <summary>
/// Every capacity-like constant the catalog's problems state, and what the engine makes of it (docs/engine.md,
/// "Capacity-like constants"): the per-instance capacity of a kind (the problem's per-type figure, ahead of the
/// registry's default), or a reason it is not one. <c>CapacityConstantTests</c> lists every such constant of the
/// catalog and fails on one in neither table.
/// </summary>
internal static class CapacityConstants
{
    /// <summary>
    /// Per kind, the constants that state its capacity per instance in req/s, the first one a problem states wins
    /// (no problem states two of one kind). The problem names the component by its role ("producer", "counter DB",
    /// "shard"); in each problem that states one, the kind has that one role.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> ByKind { get; } = new Dictionary<string, string[]>(System.StringComparer.Ordinal)
    {
        ["compute"] = ["app_capacity_per_instance", "producer_rps_per_instance"],
        ["db_replica"] = ["db_read_capacity"],
        ["db_primary"] = ["db_write_capacity", "db_shard_capacity", "counter_db_capacity"],
        ["worker"] = ["consumer_rps_per_instance"],
        ["cache"] = ["cache_write_capacity"],
    };

    /// <summary>Connections per websocket instance (not req/s): the websocket kind's connection capacity.</summary>
    public const string WebsocketConnections = "websocket_capacity_per_instance";

    /// <summary>Capacity-like constants that are not a kind's capacity per instance, each with the reason.</summary>
    public static IReadOnlyDictionary<string, string> NotCapacities { get; } = new Dictionary<string, string>(System.StringComparer.Ordinal)
    {
        ["backend_capacity"] = "a total, not per instance: the misses the backend can take (50,000 req/s × (1 − 0.8 hit target) = 10,000), which the backend's load in the report already shows",
        ["origin_capacity"] = "a total, not per instance: the CDN misses the origin can take (20,000 × (1 − 0.95) = 1,000 under 2,000), which the origin's load in the report already shows",
        ["cache_capacity"] = "equals the whole workload (9,000 reads + 1,000 writes): what the cache tier must carry, not one instance's figure",
        ["presence_db_capacity_per_node"] = "a presence store the reference solution models as a cache beside the message store: no kind of its own to hold the figure, and the cache kind's figure would also size the message cache",
        ["partition_rps"] = "a stream's rate per partition: the engine sizes a stream by instances at the registry's capacity and partitions only cap its consumers (SD2006); the import keeps it out of the workload (decided in catalog/overrides.json)",
        ["mitigation_capacity_tbps"] = "bandwidth (Tbps of attack traffic), and the engine models request rates, not bandwidth",
    };

    /// <summary>
    /// Limits and maxima that look like capacities but are a policy or a parameter the design enforces (a user's quota,
    /// a retry count, a message size), never a component's throughput; read by no part of the engine.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Policies { get; } = new Dictionary<string, string>(System.StringComparer.Ordinal)
    {
        ["per_user_limit"] = "a quota per user the rate limiter enforces",
        ["global_limit"] = "a cap the rate limiter enforces, with no offered load (docs/workload.md, \"Constants no figure came from\")",
        ["default_limit"] = "a quota per client the rate limiter enforces",
        ["free_limit"] = "a plan's quota",
        ["pro_limit"] = "a plan's quota",
        ["enterprise_limit"] = "a plan's quota",
        ["api_rate_limit"] = "a quota the platform's API enforces",
        ["max_requests_per_window"] = "a quota per window the counters enforce",
        ["limit_window_seconds"] = "the length of a rate limiter's window",
        ["rate_limit_per_hour"] = "a quota per user and hour the cache's counters enforce",
        ["rate_limit_tiers"] = "a count of quota plans",
        ["concurrent_limit"] = "concurrent executions per function, a platform quota",
        ["cardinality_limit"] = "a limit on distinct metric series",
        ["query_complexity_limit"] = "a limit on a GraphQL query's cost",
        ["max_query_depth"] = "a limit on a GraphQL query's depth",
        ["max_retries"] = "a retry count",
        ["max_message_size_mb"] = "a message size",
        ["max_edit_distance"] = "a fuzzy-match parameter",
        ["max_shards_per_txn"] = "a transaction's fan-out",
        ["max_uncertainty_ms"] = "a clock bound: an objective shown as stated",
        ["max_staleness_ms"] = "a consistency bound: an objective shown as stated",
        ["max_lag_sec"] = "read as the consumer-lag bound (docs/workload.md, \"Lag objectives\")",
        ["pool_size_per_instance"] = "a connection pool per caller instance: the design's ConnectionPool knob (pool_size), graded by SD7008 and SD7009",
        ["max_connections"] = "a database's connection limit: the design's ConnectionLimit knob (connection_limit), graded by SD7008",
        ["global_limit_rps"] = "a cap the rate limiter enforces across its instances, with no offered load of its own",
        ["single_set_limit_users"] = "the members one sorted set holds well, a data-structure size (the engine models rates, not sizes)",
    };
}
