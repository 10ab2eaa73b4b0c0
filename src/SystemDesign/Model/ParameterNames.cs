namespace SystemDesign.Model;

/// <summary>Names of generic parameters that the model also exposes as typed properties of <see cref="Component"/>.</summary>
public static class ParameterNames
{
    /// <summary>"hit_rate": the fraction of reads a cache or CDN answers itself (<see cref="Component.HitRate"/>).</summary>
    public const string HitRate = "hit_rate";

    /// <summary>"partitions": the partition count of a stream (<see cref="Component.Partitions"/>).</summary>
    public const string Partitions = "partitions";

    /// <summary>"pool_size": database connections one instance of a caller keeps open (<see cref="Component.PoolSize"/>).</summary>
    public const string PoolSize = "pool_size";

    /// <summary>"connection_limit": connections one database instance accepts (<see cref="Component.ConnectionLimit"/>).</summary>
    public const string ConnectionLimit = "connection_limit";

    /// <summary>"hold_time_ms": how long a caller's request holds a database connection (<see cref="Component.HoldTimeMs"/>).</summary>
    public const string HoldTimeMs = "hold_time_ms";
    /// <summary>"dead_letter_queue": 1 when a queue or stream parks messages that keep failing (<see cref="Component.DeadLetterQueue"/>).</summary>
    public const string DeadLetterQueue = "dead_letter_queue";

    /// <summary>"ttl_seconds": how long a cache keeps an entry before it expires (<see cref="Component.TtlSeconds"/>).</summary>
    public const string TtlSeconds = "ttl_seconds";

    /// <summary>"invalidates_on_write": 1 when a write deletes the cached entry it changes (<see cref="Component.InvalidatesOnWrite"/>).</summary>
    public const string InvalidatesOnWrite = "invalidates_on_write";

    /// <summary>"hot_key_share": the share of a stream's messages that carry its busiest key (<see cref="Component.HotKeyShare"/>).</summary>
    public const string HotKeyShare = "hot_key_share";

    /// <summary>"batch_size": requests one instance serves together in one batch (<see cref="Component.BatchSize"/>).</summary>
    public const string BatchSize = "batch_size";

    /// <summary>"failover_seconds": seconds a database takes to promote a standby when its primary fails (<see cref="Component.FailoverSeconds"/>).</summary>
    public const string FailoverSeconds = "failover_seconds";

    /// <summary>"workload_share": the fraction of its role's requests a client sends (<see cref="Component.WorkloadShare"/>).</summary>
    public const string WorkloadShare = "workload_share";

    /// <summary>"request_rate": the requests per second a client sends at the target rate (<see cref="Component.RequestRate"/>).</summary>
    public const string RequestRate = "request_rate";

    /// <summary>"replication_lag_seconds": how far an asynchronous replica runs behind its primary (<see cref="Component.ReplicationLagSeconds"/>).</summary>
    public const string ReplicationLagSeconds = "replication_lag_seconds";

    /// <summary>"shards": how many shards a primary database splits its writes across (<see cref="Component.Shards"/>).</summary>
    public const string Shards = "shards";
}
