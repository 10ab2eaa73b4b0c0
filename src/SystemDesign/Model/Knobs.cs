using System;
using System.Collections.Generic;
using System.Linq;

namespace SystemDesign.Model;

/// <summary>
/// The knob table: every knob a design sets on a component, once. Adding a knob is a row here, its builder method and
/// model property, and the math that uses it; the validator's applicability and range loops, the analyzer's model
/// key and squiggles and the code fixes' knob list follow from the row.
/// </summary>
public static class Knobs
{
    // The ranges rows share: a whole count of at least 1, and a switch stored as 1. Declared first: static fields
    // initialise in text order, before the rows that read them.
    private static readonly Func<double, bool> WholeAtLeastOne = v => v >= 1 && Component.IsWholeInt32(v);
    private static readonly Func<double, bool> SwitchOn = v => v == 1;

    // The scopes several rows share, declared first, as the rows below read them: the generic types that open
    // connections to a database, the databases, streams, caches and the sources of the workload.
    private static readonly KnobScope Callers = new("callers of a database (app servers, workers, websocket servers)", ComponentTypes.App, ComponentTypes.Worker, ComponentTypes.WebSocket);
    private static readonly KnobScope Databases = new("databases", ComponentTypes.DbPrimary, ComponentTypes.DbReplica);
    private static readonly KnobScope Streams = new("streams", ComponentTypes.Stream);
    private static readonly KnobScope Caches = new("caches", ComponentTypes.Cache);
    private static readonly KnobScope Clients = new("clients", ComponentTypes.Client);

    /// <summary>Instances: identical servers, nodes or shards; a whole number ≥ 1 (SD0007).</summary>
    public static Knob Instances { get; } = new(
        nameof(Node<AppNode>.Instances), nameof(Component.Instances), null,
        "instances", "≥ 1, whole", "Instances(2)", Rules.InvalidInstances, c => c.Instances)
    {
        Label = "instances",
        Format = KnobFormat.Count,
        ReportKey = "instances",
        FixProperty = "instances",
    };

    /// <summary>
    /// The most instances one component may have before SD0015 calls the count a likely typo: the one bound every
    /// count search (the engine's sizing and shard proposals, the solver, the catalog's minimum counts) stops at.
    /// </summary>
    public const int MaxInstances = 1_000_000;

    /// <summary>CapacityPerInstance: requests per second one instance serves; positive and finite (SD0008).</summary>
    public static Knob CapacityPerInstance { get; } = new(
        nameof(Node<AppNode>.CapacityPerInstance), nameof(Component.CapacityPerInstance), null,
        "requests per second per instance", "> 0, finite", "CapacityPerInstance(150)", Rules.NonPositiveKnob, c => c.CapacityPerInstance)
    {
        Label = "capacity per instance",
        Format = KnobFormat.RequestRate,
        ReportKey = "capacityPerInstance",
    };

    /// <summary>ServiceTime: milliseconds one instance spends per request; positive and finite (SD0008).</summary>
    public static Knob ServiceTime { get; } = new(
        nameof(Node<AppNode>.ServiceTime), nameof(Component.ServiceTimeMs), null,
        "milliseconds per request", "> 0, finite", "ServiceTime(20)", Rules.NonPositiveKnob, c => c.ServiceTimeMs)
    {
        Label = "service time",
        Format = KnobFormat.Milliseconds,
        ReportKey = "serviceTimeMs",
    };

    /// <summary>Availability: the probability one instance is up, in (0, 1] (SD0010).</summary>
    public static Knob Availability { get; } = new(
        nameof(Node<AppNode>.Availability), nameof(Component.Availability), null,
        "probability", "(0, 1]", "Availability(0.999)", Rules.AvailabilityOutOfRange, c => c.Availability)
    {
        Label = "instance availability",
        Format = KnobFormat.Probability,
        ReportKey = "instanceAvailability",
    };

    /// <summary>HourlyCost: US dollars per instance-hour; positive and finite (SD0008).</summary>
    public static Knob HourlyCost { get; } = new(
        nameof(Node<AppNode>.HourlyCost), nameof(Component.HourlyCostUsd), null,
        "US dollars per instance-hour", "> 0, finite", "HourlyCost(0.10)", Rules.NonPositiveKnob, c => c.HourlyCostUsd)
    {
        Label = "price per instance",
        Format = KnobFormat.DollarsPerHour,
        ReportKey = "hourlyCostUsd",
    };

    /// <summary>HitRate: the fraction of reads a cache or CDN answers, in [0, 1], stored as "hit_rate".</summary>
    public static Knob HitRate { get; } = new(
        nameof(CacheNode.HitRate), nameof(Component.HitRate), ParameterNames.HitRate,
        "fraction of reads", "[0, 1]", "HitRate(0.9)", Rules.HitRateOutOfRange, c => c.HitRate)
    {
        On = new("caches and CDNs", ComponentTypes.Cache, ComponentTypes.Cdn),
        Noun = "a hit rate",
        Label = "hit rate",
        Format = KnobFormat.Percent,
        ReportKey = "hitRate",
    };

    /// <summary>Partitions: a stream's partition count, a whole number ≥ 1, stored as "partitions".</summary>
    public static Knob Partitions { get; } = new(
        nameof(StreamNode.Partitions), nameof(Component.Partitions), ParameterNames.Partitions,
        "partitions", "≥ 1, whole", "Partitions(12)", Rules.InvalidPartitions, c => c.Partitions)
    {
        On = Streams,
        Noun = "partitions",
        Label = "partitions",
        Format = KnobFormat.Count,
        ReportKey = "partitions",
        FixProperty = "partitions",
    };

    /// <summary>ConnectionsPerInstance: concurrent connections one websocket server holds; ≥ 1 (SD0016).</summary>
    public static Knob ConnectionsPerInstance { get; } = new(
        nameof(WebSocketNode.ConnectionsPerInstance), nameof(Component.ConnectionsPerInstance), null,
        "connections per instance", "≥ 1, whole", "ConnectionsPerInstance(50000)", Rules.InvalidConnectionsPerInstance, c => c.ConnectionsPerInstance)
    {
        On = new("websocket servers", ComponentTypes.WebSocket),
        Noun = "connections per instance",
        Label = "connections per instance",
        Format = KnobFormat.Count,
        ReportKey = "connectionsPerInstance",
    };

    /// <summary>RepairTime: hours to repair one failed instance; positive and finite (SD0008). Feeds the availability figure.</summary>
    public static Knob RepairTime { get; } = new(
        nameof(Node<AppNode>.RepairTime), nameof(Component.RepairTimeHours), null,
        "hours to repair an instance", "> 0, finite", "RepairTime(0.25)", Rules.NonPositiveKnob, c => c.RepairTimeHours)
    {
        Label = "repair time",
        Format = KnobFormat.Hours,
    };

    /// <summary>TimeBetweenFailures: hours one instance runs between failures; positive and finite (SD0008). Feeds the availability figure.</summary>
    public static Knob TimeBetweenFailures { get; } = new(
        nameof(Node<AppNode>.TimeBetweenFailures), nameof(Component.TimeBetweenFailuresHours), null,
        "hours between failures of an instance", "> 0, finite", "TimeBetweenFailures(4380)", Rules.NonPositiveKnob, c => c.TimeBetweenFailuresHours)
    {
        Label = "time between failures",
        Format = KnobFormat.Hours,
    };

    /// <summary>Zone: the availability zone a component is placed in; not blank (SD0017).</summary>
    public static Knob Zone { get; } = new(
        nameof(Node<AppNode>.Zone), nameof(Component.Zone), null,
        "zone name", "not blank", "Zone(\"us-east-1a\")", Rules.BlankPlacement, c => c.Zone)
    {
        Label = "zone",
    };

    /// <summary>Region: the region a component is placed in; not blank (SD0017).</summary>
    public static Knob Region { get; } = new(
        nameof(Node<AppNode>.Region), nameof(Component.Region), null,
        "region name", "not blank", "Region(\"us-east-1\")", Rules.BlankPlacement, c => c.Region)
    {
        Label = "region",
    };

    /// <summary>
    /// ConnectionPool: database connections one instance of a caller keeps open, a whole number ≥ 1 (SD0016), stored as
    /// "pool_size". Unset, the engine takes 10, HikariCP's default maximumPoolSize (docs/engine.md, "Connection pools").
    /// </summary>
    public static Knob ConnectionPool { get; } = new(
        nameof(ComputeNode<AppNode>.ConnectionPool), nameof(Component.PoolSize), ParameterNames.PoolSize,
        "connections per caller instance", "≥ 1, whole", "ConnectionPool(10)", Rules.InvalidConnectionsPerInstance, c => c.PoolSize)
    {
        On = Callers,
        Noun = "a connection pool",
        Label = "connection pool",
        Format = KnobFormat.Count,
        Accepts = WholeAtLeastOne,
        FixProperty = "poolSize",
    };

    /// <summary>
    /// ConnectionLimit: connections one database instance accepts, a whole number ≥ 1 (SD0016), stored as
    /// "connection_limit". Unset, the engine takes 100, PostgreSQL's default max_connections.
    /// </summary>
    public static Knob ConnectionLimit { get; } = new(
        nameof(DatabaseNode.ConnectionLimit), nameof(Component.ConnectionLimit), ParameterNames.ConnectionLimit,
        "connections per database instance", "≥ 1, whole", "ConnectionLimit(100)", Rules.InvalidConnectionsPerInstance, c => c.ConnectionLimit)
    {
        On = Databases,
        Noun = "a connection limit",
        Label = "connection limit",
        Format = KnobFormat.Count,
        Accepts = WholeAtLeastOne,
    };

    /// <summary>
    /// ConnectionHoldTime: milliseconds one request of a caller holds a database connection; positive and finite (SD0008),
    /// stored as "hold_time_ms". Unset, the engine takes the database's service time (the query is all the hold).
    /// </summary>
    public static Knob ConnectionHoldTime { get; } = new(
        nameof(ComputeNode<AppNode>.ConnectionHoldTime), nameof(Component.HoldTimeMs), ParameterNames.HoldTimeMs,
        "milliseconds a request holds a connection", "> 0, finite", "ConnectionHoldTime(5)", Rules.NonPositiveKnob, c => c.HoldTimeMs)
    {
        On = Callers,
        Noun = "a connection hold time",
        Label = "connection hold time",
        Format = KnobFormat.Milliseconds,
    };

    /// <summary>
    /// DeadLetterQueue: a queue or stream parks messages that keep failing instead of redelivering them forever; stored
    /// as "dead_letter_queue" = 1. Default off, as SQS (no redrive policy until one is set) and Kafka (no DLQ in the
    /// broker) ship; SD7012 names a consumed queue without one.
    /// </summary>
    public static Knob DeadLetterQueue { get; } = new(
        nameof(QueueNode.DeadLetterQueue), nameof(Component.DeadLetterQueue), ParameterNames.DeadLetterQueue,
        "switch", "set or not (1)", "DeadLetterQueue()", Rules.InvalidParameter, c => c.DeadLetterQueue ? 1.0 : null)
    {
        On = new("queues and streams", ComponentTypes.Queue, ComponentTypes.Stream),
        Noun = "a dead-letter queue",
        Label = "dead-letter queue",
        Format = KnobFormat.Flag,
        Accepts = SwitchOn,
        FixProperty = "deadLetterQueue",
    };

    /// <summary>
    /// Ttl: seconds a cache keeps an entry, stored as "ttl_seconds"; positive and finite (SD0008). Default none: Redis
    /// and Memcached keep a key until it is evicted unless EXPIRE or an expiry is given. SD7013 reads it.
    /// </summary>
    public static Knob Ttl { get; } = new(
        nameof(CacheNode.Ttl), nameof(Component.TtlSeconds), ParameterNames.TtlSeconds,
        "seconds an entry lives", "> 0, finite", "Ttl(300)", Rules.NonPositiveKnob, c => c.TtlSeconds)
    {
        On = Caches,
        Noun = "a TTL",
        Label = "TTL",
        Format = KnobFormat.Count,
    };

    /// <summary>
    /// InvalidatesOnWrite: a write deletes the cached entry it changes (cache-aside invalidation); stored as
    /// "invalidates_on_write" = 1. Default off: a cache does not see writes that bypass it. SD7013 reads it.
    /// </summary>
    public static Knob InvalidatesOnWrite { get; } = new(
        nameof(CacheNode.InvalidatesOnWrite), nameof(Component.InvalidatesOnWrite), ParameterNames.InvalidatesOnWrite,
        "switch", "set or not (1)", "InvalidatesOnWrite()", Rules.InvalidParameter, c => c.InvalidatesOnWrite ? 1.0 : null)
    {
        On = Caches,
        Noun = "invalidation on write",
        Label = "invalidates on write",
        Format = KnobFormat.Flag,
        Accepts = SwitchOn,
        FixProperty = "invalidatesOnWrite",
    };

    /// <summary>
    /// HotKeyShare: the share of a stream's messages on its busiest key, in (0, 1], stored as "hot_key_share" (SD0017
    /// outside it). Default: keys spread evenly (Kafka's default partitioner hashes keys), so the busiest partition gets
    /// 1/P. SD7014 reads it.
    /// </summary>
    public static Knob HotKeyShare { get; } = new(
        nameof(StreamNode.HotKeyShare), nameof(Component.HotKeyShare), ParameterNames.HotKeyShare,
        "fraction of messages", "(0, 1]", "HotKeyShare(0.2)", Rules.InvalidParameter, c => c.HotKeyShare)
    {
        On = Streams,
        Noun = "a hot-key share",
        Label = "hot-key share",
        Format = KnobFormat.Percent,
        Accepts = v => v > 0 && v <= 1,
    };

    /// <summary>
    /// BatchSize: requests one instance serves together, a whole number ≥ 1, stored as "batch_size" (SD0017 otherwise).
    /// Default 1, no batching. Raises throughput and adds the wait to fill a batch (docs/engine.md, "Batching").
    /// </summary>
    public static Knob BatchSize { get; } = new(
        nameof(WorkerNode.BatchSize), nameof(Component.BatchSize), ParameterNames.BatchSize,
        "requests per batch", "≥ 1, whole", "BatchSize(8)", Rules.InvalidParameter, c => c.BatchSize)
    {
        On = new("workers and app servers", ComponentTypes.Worker, ComponentTypes.App),
        Noun = "a batch size",
        Label = "batch size",
        Format = KnobFormat.Count,
        Accepts = WholeAtLeastOne,
    };

    /// <summary>
    /// FailoverTime: seconds a database takes to promote a standby when its primary fails, stored as "failover_seconds";
    /// positive and finite (SD0008). Default 120 s, the top of Amazon RDS Multi-AZ's documented "typically 60–120
    /// seconds". SD7015 grades it against the problem's RTO.
    /// </summary>
    public static Knob FailoverTime { get; } = new(
        nameof(DatabaseNode.FailoverTime), nameof(Component.FailoverSeconds), ParameterNames.FailoverSeconds,
        "seconds to fail over", "> 0, finite", "FailoverTime(30)", Rules.NonPositiveKnob, c => c.FailoverSeconds)
    {
        On = Databases,
        Noun = "a failover time",
        Label = "failover time",
        Format = KnobFormat.Count,
        FixProperty = "failoverSeconds",
    };

    /// <summary>
    /// WorkloadShare: the fraction of each request class its role emits that a client sends, in (0, 1], stored as
    /// "workload_share" (SD0017 outside it). Unset, a client takes an even part of what the stated shares leave
    /// (docs/workload.md, "Who sends the reads and the writes"); SD2009 names shares that do not add up.
    /// </summary>
    public static Knob WorkloadShare { get; } = new(
        nameof(ClientNode.WorkloadShare), nameof(Component.WorkloadShare), ParameterNames.WorkloadShare,
        "fraction of its role's requests", "(0, 1]", "WorkloadShare(0.7)", Rules.InvalidParameter, c => c.WorkloadShare)
    {
        On = Clients,
        Noun = "a workload share",
        Label = "workload share",
        Format = KnobFormat.Percent,
        Accepts = v => v > 0 && v <= 1,
    };

    /// <summary>
    /// RequestRate: the requests per second a client sends at the problem's target rate, of the classes its role emits;
    /// positive and finite (SD0008), stored as "request_rate". The engine turns it into the client's share of those
    /// classes; a rate above the problem's is SD2009.
    /// </summary>
    public static Knob RequestRate { get; } = new(
        nameof(ClientNode.RequestRate), nameof(Component.RequestRate), ParameterNames.RequestRate,
        "requests per second at the target rate", "> 0, finite", "RequestRate(5000)", Rules.NonPositiveKnob, c => c.RequestRate)
    {
        On = Clients,
        Noun = "a request rate",
        Label = "request rate",
        Format = KnobFormat.RequestRate,
    };

    /// <summary>
    /// ReplicationLag: seconds an asynchronous replica runs behind its primary, as measured, stored as
    /// "replication_lag_seconds"; positive and finite (SD0008). Unset, the engine's model (the network between the
    /// regions, a burst's apply wait). SD6005 grades it against the RPO or the replication lag bound.
    /// </summary>
    public static Knob ReplicationLag { get; } = new(
        nameof(DatabaseNode.ReplicationLag), nameof(Component.ReplicationLagSeconds), ParameterNames.ReplicationLagSeconds,
        "seconds of replication lag", "> 0, finite", "ReplicationLag(5)", Rules.NonPositiveKnob, c => c.ReplicationLagSeconds)
    {
        On = new("replicas and standby primaries", ComponentTypes.DbReplica, ComponentTypes.DbPrimary),
        Noun = "a replication lag",
        Label = "replication lag",
        Format = KnobFormat.Count,
    };

    /// <summary>
    /// Shards: how many shards a primary database splits its writes across, a whole number ≥ 1, stored as "shards"
    /// (SD0017 otherwise). Default 1, unsharded. Each instance of a replica of the primary holds one shard's copy and
    /// applies writes ÷ shards (docs/engine.md, "Sharding"); SD2001 on a replica that cannot keep up proposes it.
    /// </summary>
    public static Knob Shards { get; } = new(
        nameof(DatabaseNode.Shards), nameof(Component.Shards), ParameterNames.Shards,
        "shards", "≥ 1, whole", "Shards(8)", Rules.InvalidParameter, c => c.Shards)
    {
        On = new("primary databases", ComponentTypes.DbPrimary),
        Noun = "a shard count",
        Label = "shards",
        Format = KnobFormat.Count,
        ReportKey = "shards",
        FixProperty = "shards",
        Accepts = WholeAtLeastOne,
    };

    /// <summary>Every knob, in the order the validator reports them.</summary>
    public static IReadOnlyList<Knob> All { get; } = new[]
    {
        Instances, CapacityPerInstance, ServiceTime, Availability, HourlyCost, HitRate, Partitions, ConnectionsPerInstance, Zone, Region,
        RepairTime, TimeBetweenFailures, ConnectionPool, ConnectionLimit, ConnectionHoldTime,
        DeadLetterQueue, Ttl, InvalidatesOnWrite, HotKeyShare, BatchSize, FailoverTime,
        WorkloadShare, RequestRate, ReplicationLag, Shards,
    };

    /// <summary>The generic knob method that sets any parameter by name: <c>Parameter("hit_rate", 0.9)</c>.</summary>
    public const string ParameterMethod = nameof(Node<AppNode>.Parameter);

    /// <summary>The knob set by the builder method <paramref name="method"/>, or null.</summary>
    /// <param name="method">A handle method's name, e.g. "HitRate".</param>
    /// <returns>The row, or null.</returns>
    public static Knob? ByMethod(string method) => All.FirstOrDefault(k => string.Equals(k.Method, method, StringComparison.Ordinal));

    /// <summary>The typed knob stored as the generic parameter <paramref name="parameter"/> ("hit_rate" → HitRate), or null.</summary>
    /// <param name="parameter">A parameter name.</param>
    /// <returns>The row, or null.</returns>
    public static Knob? ByParameter(string? parameter) =>
        All.FirstOrDefault(k => k.Parameter is { } name && string.Equals(name, parameter, StringComparison.Ordinal));
}
