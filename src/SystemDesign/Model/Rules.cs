namespace SystemDesign.Model;

/// <summary>
/// Every rule, one row each: the single source of a rule's id, name, default severity, group, title, description and
/// summary. The analyzer's descriptors, the engine's findings, the gates, the README and rules-index tables and the
/// release-tracking files are derived from this table or checked against it by a test (DescriptorTests,
/// ReadmeRuleTableTests, RuleIndexTests; SYSTEMDESIGN_UPDATE_README=1 rewrites the three files' rows). Adding a rule is
/// one row here plus its page under docs/rules, its formula in docs/engine.md and the code that raises it.
/// </summary>
public static class Rules
{
    /// <summary>SD0001 (error): Component name is empty.</summary>
    public static Rule EmptyName { get; } = new(
        "SD0001", nameof(EmptyName), Severity.Error, RuleGroup.Usage,
        "Component name is empty",
        "A component's name is empty or whitespace.",
        "a component has a null, empty or whitespace name");

    /// <summary>SD0002 (error): Component name is used twice.</summary>
    public static Rule DuplicateName { get; } = new(
        "SD0002", nameof(DuplicateName), Severity.Error, RuleGroup.Usage,
        "Component name is used twice",
        "Two components share a name (names are compared ordinally).",
        "two components share a name");

    /// <summary>SD0003 (error): Component type is empty.</summary>
    public static Rule EmptyType { get; } = new(
        "SD0003", nameof(EmptyType), Severity.Error, RuleGroup.Usage,
        "Component type is empty",
        "A component's type is empty or whitespace.",
        "`Component(type, name)` with an empty or whitespace type");

    /// <summary>SD0004 (error): Edge to a component that is not in the design.</summary>
    public static Rule DanglingConnection { get; } = new(
        "SD0004", nameof(DanglingConnection), Severity.Error, RuleGroup.Usage,
        "Edge to a component that is not in the design",
        "A connection starts or ends at a name that is not a component of the design.",
        "an edge starts or ends at a name that is not a component of the design");

    /// <summary>SD0005 (error): Edge from a component to itself.</summary>
    public static Rule SelfConnection { get; } = new(
        "SD0005", nameof(SelfConnection), Severity.Error, RuleGroup.Usage,
        "Edge from a component to itself",
        "A connection from a component to itself.",
        "an edge from a component to itself");

    /// <summary>SD0006 (warning): Edge declared twice.</summary>
    public static Rule DuplicateConnection { get; } = new(
        "SD0006", nameof(DuplicateConnection), Severity.Warning, RuleGroup.Usage,
        "Edge declared twice",
        "The same connection (from, to, kind) is declared more than once.",
        "the same edge (from, to, kind) declared again");

    /// <summary>SD0007 (error): Instance count below 1.</summary>
    public static Rule InvalidInstances { get; } = new(
        "SD0007", nameof(InvalidInstances), Severity.Error, RuleGroup.Usage,
        "Instance count below 1",
        "An instance count of zero or less.",
        "`Instances(n)` with n ≤ 0");

    /// <summary>SD0008 (error): Capacity, service time, cost or repair time is not a positive number.</summary>
    public static Rule NonPositiveKnob { get; } = new(
        "SD0008", nameof(NonPositiveKnob), Severity.Error, RuleGroup.Usage,
        "Capacity, service time, cost or repair time is not a positive number",
        "Capacity per instance, service time, hourly cost, repair time, time between failures or connection hold time is not a positive finite number.",
        "`CapacityPerInstance`, `ServiceTime`, `HourlyCost`, `RepairTime`, `TimeBetweenFailures` or `ConnectionHoldTime` ≤ 0, NaN or ±∞");

    /// <summary>SD0009 (error): Describe threw an exception.</summary>
    public static Rule DescribeThrew { get; } = new(
        "SD0009", nameof(DescribeThrew), Severity.Error, RuleGroup.Usage,
        "Describe threw an exception",
        "The design's Describe method threw an exception.",
        "`Describe` threw; the model holds what was declared before the throw");

    /// <summary>SD0010 (error): Availability outside (0, 1].</summary>
    public static Rule AvailabilityOutOfRange { get; } = new(
        "SD0010", nameof(AvailabilityOutOfRange), Severity.Error, RuleGroup.Usage,
        "Availability outside (0, 1]",
        "A per-instance availability outside (0, 1].",
        "`Availability` outside (0, 1] or NaN (99.9 instead of 0.999)");

    /// <summary>SD0011 (error): Hit rate outside [0, 1].</summary>
    public static Rule HitRateOutOfRange { get; } = new(
        "SD0011", nameof(HitRateOutOfRange), Severity.Error, RuleGroup.Usage,
        "Hit rate outside [0, 1]",
        "A hit rate outside [0, 1].",
        "a hit rate outside [0, 1] or NaN");

    /// <summary>SD0012 (error): Partition count is not a whole number of at least 1.</summary>
    public static Rule InvalidPartitions { get; } = new(
        "SD0012", nameof(InvalidPartitions), Severity.Error, RuleGroup.Usage,
        "Partition count is not a whole number of at least 1",
        "A partition count that is not a positive whole number.",
        "partitions < 1 or not a whole number");

    /// <summary>SD0013 (error): Edge weight is not a positive number.</summary>
    public static Rule InvalidWeight { get; } = new(
        "SD0013", nameof(InvalidWeight), Severity.Error, RuleGroup.Usage,
        "Edge weight is not a positive number",
        "A connection weight that is not a positive finite number.",
        "an edge `Weight` ≤ 0, NaN or ±∞");

    /// <summary>SD0014 (warning): Knob has no meaning on this component type.</summary>
    public static Rule KnobNotApplicable { get; } = new(
        "SD0014", nameof(KnobNotApplicable), Severity.Warning, RuleGroup.Usage,
        "Knob has no meaning on this component type",
        "A knob set on a component type where it means nothing (for example a hit rate on a database).",
        "a knob where it means nothing (hit rate off cache/CDN, partitions off stream, connections off websocket)");

    /// <summary>SD0015 (warning): More than 1,000,000 instances.</summary>
    public static Rule HugeInstanceCount { get; } = new(
        "SD0015", nameof(HugeInstanceCount), Severity.Warning, RuleGroup.Usage,
        "More than 1,000,000 instances",
        "More than 1,000,000 instances of one component.",
        "`Instances` > 1,000,000");

    /// <summary>SD0016 (error): Connection count below 1 or not whole (connections per instance, pool, limit).</summary>
    public static Rule InvalidConnectionsPerInstance { get; } = new(
        "SD0016", nameof(InvalidConnectionsPerInstance), Severity.Error, RuleGroup.Usage,
        "Connection count below 1 or not whole",
        "Connections per instance, a connection pool or a connection limit of zero or less, or not a whole number.",
        "`ConnectionsPerInstance`, `ConnectionPool` or `ConnectionLimit` ≤ 0 (or not whole)");

    /// <summary>SD0017 (error): Parameter with an empty name or a value out of range.</summary>
    public static Rule InvalidParameter { get; } = new(
        "SD0017", nameof(InvalidParameter), Severity.Error, RuleGroup.Usage,
        "Parameter with an empty name or a value out of range",
        "A generic parameter with an empty name or a value that is not finite, or a switch, hot-key share, batch size or workload share outside its range, or a client that states both a workload share and a request rate.",
        "a `Parameter` with an empty name or a NaN/±∞ value; a switch other than 1, a hot-key share or `WorkloadShare` outside (0, 1], a batch size not a whole number ≥ 1; both `WorkloadShare` and `RequestRate` on one client");

    /// <summary>SD0018 (warning): Blank zone or region.</summary>
    public static Rule BlankPlacement { get; } = new(
        "SD0018", nameof(BlankPlacement), Severity.Warning, RuleGroup.Usage,
        "Blank zone or region",
        "A zone or region set to an empty or whitespace string.",
        "`Zone` or `Region` set to an empty or whitespace string");

    /// <summary>SD0019 (error): Unknown problem id.</summary>
    public static Rule UnknownProblem { get; } = new(
        "SD0019", nameof(UnknownProblem), Severity.Error, RuleGroup.Usage,
        "Unknown problem id",
        "The problem id in [Design] is not in the catalog. Reported by the engine and the analyzer, not by Validate().",
        "the `[Design]` problem id is not in the catalog");

    /// <summary>SD0020 (warning): Component type outside the problem's palette.</summary>
    public static Rule TypeOutsidePalette { get; } = new(
        "SD0020", nameof(TypeOutsidePalette), Severity.Warning, RuleGroup.Usage,
        "Component type outside the problem's palette",
        "A component type outside the problem's palette (an unknown type is SD0022). Reported by the engine and the analyzer.",
        "a component type outside the problem's palette");

    /// <summary>SD0021 (warning): Design is graded at test time instead.</summary>
    public static Rule NotStaticallyEvaluable { get; } = new(
        "SD0021", nameof(NotStaticallyEvaluable), Severity.Warning, RuleGroup.Usage,
        "Design is graded at test time instead",
        "The design is not statically evaluable and is checked at test time instead. Reported by the analyzer.",
        "the design is not statically evaluable; checked at test time (analyzer)");

    /// <summary>SD0022 (warning): Component type unknown to the catalog.</summary>
    public static Rule UnknownComponentType { get; } = new(
        "SD0022", nameof(UnknownComponentType), Severity.Warning, RuleGroup.Usage,
        "Component type unknown to the catalog",
        "The component type is not in the catalog's registry; it is graded as compute.",
        "a component type not in the catalog's registry; graded as compute");

    /// <summary>SD0023 (error): [Design] class cannot be graded.</summary>
    public static Rule DesignClassNotGradable { get; } = new(
        "SD0023", nameof(DesignClassNotGradable), Severity.Error, RuleGroup.Usage,
        "[Design] class cannot be graded",
        "A class marked [Design] does not implement IDesign, is abstract or an open generic, or has no parameterless constructor, so no grader can create it and call Describe.",
        "`[Design]` on a class that is not an `IDesign` with a parameterless constructor");

    /// <summary>SD0024 (warning): Figure claimed far from its type's sourced default.</summary>
    public static Rule ClaimedFigure { get; } = new(
        "SD0024", nameof(ClaimedFigure), Severity.Warning, RuleGroup.Usage,
        "Figure claimed far from its type's sourced default",
        "A per-instance figure the design states is past an order of magnitude from its type's sourced default (capacity or connections above 10×, service time or price below a tenth, availability with less than a tenth of the downtime or none at all); the grade rests on the claim.",
        "capacity > 10× the default, service time or price < ⅒, availability past one more nine or `Availability(1)`");

    /// <summary>SD0025 (error): Edge timeout or retry count out of range.</summary>
    public static Rule InvalidEdgeKnob { get; } = new(
        "SD0025", nameof(InvalidEdgeKnob), Severity.Error, RuleGroup.Usage,
        "Edge timeout or retry count out of range",
        "An edge's Timeout is not a positive, finite number of milliseconds, or its Retries is not a whole number from 0 to 10, or a call policy is set on an edge that is not a call (Consumes, ReplicatesTo).",
        "`Timeout(ms)` ≤ 0 or not finite, `Retries(n)` outside 0–10, or a call policy on a consume or replication edge");

    /// <summary>SD1001 (error): Tier requires a component type the design lacks.</summary>
    public static Rule MissingComponentType { get; } = new(
        "SD1001", nameof(MissingComponentType), Severity.Error, RuleGroup.Tiers,
        "Tier requires a component type the design lacks",
        "A tier requires a component type the design does not have.",
        "a tier requires a component type the design lacks");

    /// <summary>SD1002 (error): Fewer instances than a tier requires.</summary>
    public static Rule TooFewInstances { get; } = new(
        "SD1002", nameof(TooFewInstances), Severity.Error, RuleGroup.Tiers,
        "Fewer instances than a tier requires",
        "Components of a type have fewer instances in total than a tier's minimum.",
        "the instances of a type add up to less than a tier's minimum");

    /// <summary>SD1003 (error): Tier requires an outgoing connection.</summary>
    public static Rule MissingConnection { get; } = new(
        "SD1003", nameof(MissingConnection), Severity.Error, RuleGroup.Tiers,
        "Tier requires an outgoing connection",
        "A tier requires an outgoing connection from a component type, and none has one.",
        "no component of a required type has an outgoing connection");

    /// <summary>SD1004 (error): Parameter outside the range a tier requires.</summary>
    public static Rule ParameterOutOfRange { get; } = new(
        "SD1004", nameof(ParameterOutOfRange), Severity.Error, RuleGroup.Tiers,
        "Parameter outside the range a tier requires",
        "A parameter (hit rate, partitions...) lies outside the range a tier requires.",
        "a parameter (hit rate, partitions...) outside a tier's range");

    /// <summary>SD2001 (error): Component overloaded at the target rate.</summary>
    public static Rule Overloaded { get; } = new(
        "SD2001", nameof(Overloaded), Severity.Error, RuleGroup.Capacity,
        "Component overloaded at the target rate",
        "Offered load reaches or exceeds capacity at the target rate.",
        "load ≥ capacity at the target rate");

    /// <summary>SD2002 (warning): Capacity below the headroom margin.</summary>
    public static Rule BelowHeadroom { get; } = new(
        "SD2002", nameof(BelowHeadroom), Severity.Warning, RuleGroup.Capacity,
        "Capacity below the headroom margin",
        "Capacity is below the headroom margin (default 1.2 × load) at the target rate.",
        "capacity below headroom × load");

    /// <summary>SD2003 (error): Component overloaded at peak.</summary>
    public static Rule OverloadedAtPeak { get; } = new(
        "SD2003", nameof(OverloadedAtPeak), Severity.Error, RuleGroup.Capacity,
        "Component overloaded at peak",
        "Offered load exceeds capacity at the problem's peak.",
        "load > capacity at the problem's peak");

    /// <summary>SD2004 (error): Concurrent connections over capacity.</summary>
    public static Rule ConnectionsOverCapacity { get; } = new(
        "SD2004", nameof(ConnectionsOverCapacity), Severity.Error, RuleGroup.Capacity,
        "Concurrent connections over capacity",
        "Concurrent connections exceed what the connection-holding instances hold.",
        "concurrent connections over connection capacity");

    /// <summary>SD2005 (error): Consumers slower than the messages arriving.</summary>
    public static Rule ConsumerBacklog { get; } = new(
        "SD2005", nameof(ConsumerBacklog), Severity.Error, RuleGroup.Capacity,
        "Consumers slower than the messages arriving",
        "Consumers are slower than the messages arriving; the backlog grows without bound.",
        "consumers slower than the messages arriving");

    /// <summary>SD2006 (warning): Fewer stream partitions than consumer instances.</summary>
    public static Rule PartitionsCapConsumers { get; } = new(
        "SD2006", nameof(PartitionsCapConsumers), Severity.Warning, RuleGroup.Capacity,
        "Fewer stream partitions than consumer instances",
        "A stream has fewer partitions than its consumers have instances; the rest sit idle.",
        "more consumer instances than stream partitions");

    /// <summary>SD2007 (info): Problem states no request rate.</summary>
    public static Rule NoRequestRate { get; } = new(
        "SD2007", nameof(NoRequestRate), Severity.Info, RuleGroup.Capacity,
        "Problem states no request rate",
        "The problem states no request rate; capacity, latency and failure figures are not computed.",
        "the problem states no request rate: capacity, latency and failures not computed");

    /// <summary>SD2008 (error): No component serves the workload.</summary>
    public static Rule NothingServed { get; } = new(
        "SD2008", nameof(NothingServed), Severity.Error, RuleGroup.Capacity,
        "No component serves the workload",
        "The problem states a request rate and no client's reads or writes reach any component: the design serves none of them.",
        "no client's traffic reaches a component: the design serves none of the workload");

    /// <summary>SD2009 (error): Client shares do not add up to the workload.</summary>
    public static Rule ClientSharesDoNotAddUp { get; } = new(
        "SD2009", nameof(ClientSharesDoNotAddUp), Severity.Error, RuleGroup.Capacity,
        "Client shares do not add up to the workload",
        "The clients' stated shares or rates of the workload's reads or writes add up to more or less than the whole, a client's rate is above the problem's, or no client emits a class the problem states: the design is graded at a load the problem does not state.",
        "clients' `WorkloadShare`/`RequestRate` add up to more or less than the reads or writes the problem states, or no client emits them");

    /// <summary>SD3001 (error): Latency target missed.</summary>
    public static Rule LatencyTargetMissed { get; } = new(
        "SD3001", nameof(LatencyTargetMissed), Severity.Error, RuleGroup.Latency,
        "Latency target missed",
        "An end-to-end latency percentile misses the problem's target.",
        "an end-to-end latency percentile over its target");

    /// <summary>SD3002 (info): Latency target infeasible.</summary>
    public static Rule LatencyTargetInfeasible { get; } = new(
        "SD3002", nameof(LatencyTargetInfeasible), Severity.Info, RuleGroup.Latency,
        "Latency target infeasible",
        "The latency target is infeasible: even with no queueing anywhere the path is slower.",
        "a latency target no instance count can meet");

    /// <summary>SD3003 (error): Latency unbounded by a saturated component.</summary>
    public static Rule UnboundedLatency { get; } = new(
        "SD3003", nameof(UnboundedLatency), Severity.Error, RuleGroup.Latency,
        "Latency unbounded by a saturated component",
        "A saturated component on the path makes latency unbounded.",
        "a saturated component makes latency unbounded");

    /// <summary>SD3004 (info): End-to-end latency not computed for a design this large.</summary>
    public static Rule LatencyNotComputed { get; } = new(
        "SD3004", nameof(LatencyNotComputed), Severity.Info, RuleGroup.Latency,
        "End-to-end latency not computed for a design this large",
        "The design is larger than the engine computes end-to-end latency for; per-component figures only.",
        "the design is too large for path latency; per-component figures only");

    /// <summary>SD3005 (info): Latency bound not graded for this design.</summary>
    public static Rule LatencyBoundNotGraded { get; } = new(
        "SD3005", nameof(LatencyBoundNotGraded), Severity.Info, RuleGroup.Latency,
        "Latency bound not graded for this design",
        "The problem bounds requests this design does not have (reads a cache answers, with no cache or CDN on the read path; requests across regions, with the path in one region; reads or writes, when the workload has none of them): the bound is shown, not graded.",
        "a bound for requests the design does not have (cache hits with no cache, cross-region with one region, a class the workload has none of)");

    /// <summary>SD4001 (error): Availability below target.</summary>
    public static Rule AvailabilityBelowTarget { get; } = new(
        "SD4001", nameof(AvailabilityBelowTarget), Severity.Error, RuleGroup.Availability,
        "Availability below target",
        "The availability of the request path is below the problem's target.",
        "request-path availability below target");

    /// <summary>SD4002 (warning): Single point of failure.</summary>
    public static Rule SinglePointOfFailure { get; } = new(
        "SD4002", nameof(SinglePointOfFailure), Severity.Warning, RuleGroup.Availability,
        "Single point of failure",
        "A component on the request path whose single failure stops requests.",
        "a single point of failure on the request path");

    /// <summary>SD5001 (error): Monthly cost over budget.</summary>
    public static Rule OverBudget { get; } = new(
        "SD5001", nameof(OverBudget), Severity.Error, RuleGroup.Cost,
        "Monthly cost over budget",
        "The monthly cost exceeds the problem's budget.",
        "monthly cost over budget");

    /// <summary>SD6001 (error): Losing one instance overloads the component.</summary>
    public static Rule InstanceLossOverload { get; } = new(
        "SD6001", nameof(InstanceLossOverload), Severity.Error, RuleGroup.Resilience,
        "Losing one instance overloads the component",
        "Losing one instance of a component overloads it (no N+1).",
        "losing one instance overloads the component");

    /// <summary>SD6002 (error): Losing a cache overloads what is behind it.</summary>
    public static Rule CacheLossOverload { get; } = new(
        "SD6002", nameof(CacheLossOverload), Severity.Error, RuleGroup.Resilience,
        "Losing a cache overloads what is behind it",
        "Losing a cache or CDN sends its hits to components that cannot carry them.",
        "losing a cache overloads what is behind it");

    /// <summary>SD6003 (warning): Peak burst backlog drains slowly.</summary>
    public static Rule BurstBacklog { get; } = new(
        "SD6003", nameof(BurstBacklog), Severity.Warning, RuleGroup.Resilience,
        "Peak burst backlog drains slowly",
        "A peak burst leaves a backlog that does not drain, or drains slowly.",
        "a peak burst's backlog drains more slowly than the burst lasted");

    /// <summary>SD6004 (warning): A failure scenario misses a latency target.</summary>
    public static Rule ScenarioLatencyMissed { get; } = new(
        "SD6004", nameof(ScenarioLatencyMissed), Severity.Warning, RuleGroup.Resilience,
        "A failure scenario misses a latency target",
        "A latency target met in normal operation is missed when one instance is lost, a cache is cold, or at the peak.",
        "a latency target met in normal operation is missed with one instance lost, a cache cold, or at the peak");

    /// <summary>SD6005 (error): A consumer or replication lag target is missed.</summary>
    public static Rule LagTargetMissed { get; } = new(
        "SD6005", nameof(LagTargetMissed), Severity.Error, RuleGroup.Resilience,
        "A lag target is missed",
        "The consumers of a queue or stream, or a replica, fall further behind than the problem's consumer or replication lag target.",
        "consumers or a replica fall further behind than the problem's lag target");

    /// <summary>SD7001 (warning): Component no traffic reaches.</summary>
    public static Rule Unreachable { get; } = new(
        "SD7001", nameof(Unreachable), Severity.Warning, RuleGroup.AntiPatterns,
        "Component no traffic reaches",
        "A component on the request path that no traffic reaches.",
        "a component on the path that no traffic reaches");

    /// <summary>SD7002 (info): Edge closes a cycle.</summary>
    public static Rule CycleIgnored { get; } = new(
        "SD7002", nameof(CycleIgnored), Severity.Info, RuleGroup.AntiPatterns,
        "Edge closes a cycle",
        "An edge closes a cycle; traffic is not sent around it.",
        "an edge closes a cycle and is left out of the flow");

    /// <summary>SD7003 (warning): Traffic dropped.</summary>
    public static Rule TrafficDropped { get; } = new(
        "SD7003", nameof(TrafficDropped), Severity.Warning, RuleGroup.AntiPatterns,
        "Traffic dropped",
        "A client emits, or a component receives, reads or writes and has no edge that carries them on, where it must.",
        "a client emits, or a router or cache receives, traffic it has no edge to pass on");

    /// <summary>SD7004 (error): A caller's timeout is shorter than its callee's retry budget.</summary>
    public static Rule RetryBudgetExceeded { get; } = new(
        "SD7004", nameof(RetryBudgetExceeded), Severity.Error, RuleGroup.AntiPatterns,
        "Caller times out before its callee's retries finish",
        "A call's timeout is shorter than the timeout × (retries + 1) of the call the callee makes below it: the caller gives up while the callee still retries, wasting the work and repeating it if the caller retries too.",
        "a caller's timeout < the callee's timeout × (retries + 1)");

    /// <summary>SD7005 (warning): Retries without backoff on a call that can fail.</summary>
    public static Rule RetriesWithoutBackoff { get; } = new(
        "SD7005", nameof(RetriesWithoutBackoff), Severity.Warning, RuleGroup.AntiPatterns,
        "Retries without backoff on a call that can fail",
        "An edge retries without exponential backoff and jitter, and the engine finds the call can fail (its callee, or a call below it, is overloaded at the target rate or the peak, has one instance to lose, or answers slower than the timeout): the retries multiply the load when it is least affordable.",
        "`Retries(n)` without `Backoff()` on a call the engine finds can fail");

    /// <summary>SD7006 (warning): Deep synchronous call chain with no timeout or circuit breaker.</summary>
    public static Rule UnguardedCallChain { get; } = new(
        "SD7006", nameof(UnguardedCallChain), Severity.Warning, RuleGroup.AntiPatterns,
        "Deep call chain with no timeout or circuit breaker",
        "More than two synchronous service-to-service calls in a row, none with a timeout or a circuit breaker: a slow or failed service at the end holds and fails every request above it (a cascading failure).",
        "more than 2 service calls in a row, none with `Timeout` or `CircuitBreaker`");

    /// <summary>SD7007 (error): Retried writes without an idempotency key.</summary>
    public static Rule RetriedWriteWithoutIdempotencyKey { get; } = new(
        "SD7007", nameof(RetriedWriteWithoutIdempotencyKey), Severity.Error, RuleGroup.AntiPatterns,
        "Retried writes without an idempotency key",
        "An edge that carries writes which end in a store or a queue retries them without an idempotency key: a write whose answer was lost is applied twice (a double charge).",
        "`Retries(n)` on writes that reach a store or queue, without `IdempotencyKey()`");
    /// <summary>SD7008 (error): Connection pools exceed the database's connection limit.</summary>
    public static Rule PoolsExceedConnectionLimit { get; } = new(
        "SD7008", nameof(PoolsExceedConnectionLimit), Severity.Error, RuleGroup.AntiPatterns,
        "Connection pools exceed the database's connection limit",
        "The pools of every caller of a database (instances × pool size, summed) hold more connections than the database accepts (its instances × connection limit).",
        "the callers' pools (instances × `ConnectionPool`) sum above the database's instances × `ConnectionLimit`");

    /// <summary>SD7009 (error): Connection pool below Little's-law concurrency.</summary>
    public static Rule PoolBelowConcurrency { get; } = new(
        "SD7009", nameof(PoolBelowConcurrency), Severity.Error, RuleGroup.AntiPatterns,
        "Connection pool below Little's-law concurrency",
        "A caller's requests hold more connections at once (rate per instance × hold time, Little's law) than its pool has: the wait for a connection grows without bound.",
        "rate per instance × `ConnectionHoldTime` ≥ `ConnectionPool`: the wait for a connection is unbounded");

    /// <summary>SD7010 (warning): Read replicas idle while the primary is loaded.</summary>
    public static Rule IdleReadReplicas { get; } = new(
        "SD7010", nameof(IdleReadReplicas), Severity.Warning, RuleGroup.AntiPatterns,
        "Read replicas idle while the primary is loaded",
        "A primary is loaded past the utilization the engine's headroom allows while a replica it feeds receives no reads.",
        "a replica receives no reads while its primary runs above 1 ÷ headroom utilization");

    /// <summary>SD7011 (warning): Client writes straight to a database.</summary>
    public static Rule ClientWritesToDatabase { get; } = new(
        "SD7011", nameof(ClientWritesToDatabase), Severity.Warning, RuleGroup.AntiPatterns,
        "Client writes straight to a database",
        "A client's writes reach a database over a direct edge, with no service in between to validate, authorize, pool connections or absorb bursts.",
        "a client's edge to a database carries writes");

    /// <summary>SD7012 (info): Queue or stream consumed with no dead-letter queue.</summary>
    public static Rule NoDeadLetterQueue { get; } = new(
        "SD7012", nameof(NoDeadLetterQueue), Severity.Info, RuleGroup.AntiPatterns,
        "Queue or stream consumed with no dead-letter queue",
        "A queue or stream that consumers read has no dead-letter queue: a message that keeps failing is redelivered forever, blocking its partition or burning consumer time.",
        "a consumed queue or stream with no `DeadLetterQueue()`");

    /// <summary>SD7013 (info): Cache written by several services with neither TTL nor invalidation.</summary>
    public static Rule StaleCache { get; } = new(
        "SD7013", nameof(StaleCache), Severity.Info, RuleGroup.AntiPatterns,
        "Cache written by several services with neither TTL nor invalidation",
        "The data behind a cache is written by two or more components, and the cache has neither a TTL nor invalidation on write: a write that does not reach the cache leaves a stale entry that is served until it is evicted.",
        "a cache whose data several components write, with no `Ttl` or `InvalidatesOnWrite()`");

    /// <summary>SD7014 (error): A hot key saturates its stream partition.</summary>
    public static Rule HotPartition { get; } = new(
        "SD7014", nameof(HotPartition), Severity.Error, RuleGroup.AntiPatterns,
        "A hot key saturates its stream partition",
        "All messages of one key go to one partition and one consumer instance reads a partition; when the busiest key's messages, max(λ ÷ partitions, share × λ), reach that instance's capacity, its lag grows without bound whatever the partition or instance count.",
        "a stream's busiest key (`HotKeyShare`) saturates the one consumer instance that reads its partition");

    /// <summary>SD7015 (error): A database fails over more slowly than the RTO.</summary>
    public static Rule RecoveryObjectiveMissed { get; } = new(
        "SD7015", nameof(RecoveryObjectiveMissed), Severity.Error, RuleGroup.AntiPatterns,
        "A database fails over more slowly than the RTO",
        "The problem states a recovery time objective (RTO) and a database on the path takes longer to fail over. The data at risk against a recovery point objective (RPO), a replica's lag, is graded as a replication lag bound (SD6005).",
        "a database's `FailoverTime` (120 s unset) above the problem's RTO");

    /// <summary>Every rule, in id order.</summary>
    public static System.Collections.Generic.IReadOnlyList<Rule> All { get; } = Ordered();

    private static System.Collections.Generic.Dictionary<string, Rule> ById { get; } = Index();

    /// <summary>The rule with this id, or null for an id this version does not know.</summary>
    /// <param name="id">A rule id such as "SD2001".</param>
    /// <returns>The rule, or null.</returns>
    public static Rule? Find(string? id) => id is not null && ById.TryGetValue(id, out var rule) ? rule : null;

    // Reflection over the rows keeps the list from being a second copy of the table; ordered by id so every derived
    // table (descriptors, README, release tracking) comes out in one stable order.
    private static Rule[] Ordered()
    {
        var rules = new System.Collections.Generic.List<Rule>();
        foreach (var property in typeof(Rules).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
        {
            if (property.PropertyType == typeof(Rule))
            {
                rules.Add((Rule)property.GetValue(null)!);
            }
        }

        rules.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return rules.ToArray();
    }

    private static System.Collections.Generic.Dictionary<string, Rule> Index()
    {
        var index = new System.Collections.Generic.Dictionary<string, Rule>(System.StringComparer.Ordinal);
        foreach (var rule in All)
        {
            index.Add(rule.Id, rule);
        }

        return index;
    }
}
