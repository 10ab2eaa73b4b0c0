using SystemDesign.Model;

namespace SystemDesign;

/// <summary>A database, primary (type "db_primary") or read replica (type "db_replica").</summary>
public sealed class DatabaseNode : Node<DatabaseNode>
{
    internal DatabaseNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }

    /// <summary>Replicates this data store's writes to the copy <paramref name="target"/> (kind Replicates), for example <c>primary.ReplicatesTo(replica)</c>.</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge ReplicatesTo(Node target) => Connect(target, ConnectionKind.Replicates);

    /// <summary>Publishes messages asynchronously into the queue or stream <paramref name="target"/> (kind Publishes).</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge Publishes(Node target) => Connect(target, ConnectionKind.Publishes);

    /// <summary>
    /// Sets how many connections each instance of this database accepts, a whole number of at least 1 (SD0016), for
    /// example 100 (PostgreSQL's default max_connections). The pools of every caller must fit under it (SD7008).
    /// </summary>
    /// <param name="max">Connections per instance of this database.</param>
    /// <returns>The same handle.</returns>
    public DatabaseNode ConnectionLimit(int max) => SetParameter(ParameterNames.ConnectionLimit, max);

    /// <summary>
    /// Sets the seconds this database takes to promote a standby when its primary fails, for example 30 (SD0008 if not
    /// positive and finite); 120 s when unset (Amazon RDS Multi-AZ: "typically 60–120 seconds"). Graded against the
    /// problem's RTO (SD7015).
    /// </summary>
    /// <param name="seconds">The failover time, in seconds.</param>
    /// <returns>The same handle.</returns>
    public DatabaseNode FailoverTime(double seconds) => SetParameter(ParameterNames.FailoverSeconds, seconds);

    /// <summary>
    /// Sets how far this replica (or standby primary) runs behind its primary, in seconds, as measured (PostgreSQL's
    /// <c>pg_stat_replication.replay_lag</c>, Amazon RDS's <c>ReplicaLag</c> metric), for example 45 (SD0008 if not
    /// positive and finite). Unset, the lag is what the engine models: the network from the primary's region and, with a
    /// request rate, the wait to apply a burst. Graded against the problem's RPO or replication lag bound (SD6005).
    /// </summary>
    /// <param name="seconds">The replication lag, in seconds.</param>
    /// <returns>The same handle.</returns>
    public DatabaseNode ReplicationLag(double seconds) => SetParameter(ParameterNames.ReplicationLagSeconds, seconds);

    /// <summary>
    /// Splits this primary's data into <paramref name="count"/> shards by key, a whole number ≥ 1 (SD0017 otherwise), for
    /// example 8: each write goes to one shard, and each instance of a replica it replicates to holds one shard's copy,
    /// so it applies writes ÷ shards instead of every write (docs/engine.md, "Sharding"). 1 when unset.
    /// </summary>
    /// <param name="count">The number of shards.</param>
    /// <returns>The same handle.</returns>
    public DatabaseNode Shards(int count) => SetParameter(ParameterNames.Shards, count);
}
