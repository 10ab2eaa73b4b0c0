namespace SystemDesign.Model;

/// <summary>
/// Stable rule ids. SD0xxx are about using the DSL; each is documented in docs/design-api.md.
/// The same id appears in the IDE, in <c>dotnet test</c> and in the <c>sysdesign</c> tool.
/// </summary>
public static class RuleIds
{
    /// <summary>SD0001 (error): a component's name is empty or whitespace.</summary>
    public const string EmptyName = "SD0001";

    /// <summary>SD0002 (error): two components share a name (names are compared ordinally).</summary>
    public const string DuplicateName = "SD0002";

    /// <summary>SD0003 (error): a component's type is empty or whitespace.</summary>
    public const string EmptyType = "SD0003";

    /// <summary>SD0004 (error): a connection starts or ends at a name that is not a component of the design.</summary>
    public const string DanglingConnection = "SD0004";

    /// <summary>SD0005 (error): a connection from a component to itself.</summary>
    public const string SelfConnection = "SD0005";

    /// <summary>SD0006 (warning): the same connection (from, to, kind) is declared more than once.</summary>
    public const string DuplicateConnection = "SD0006";

    /// <summary>SD0007 (error): an instance count of zero or less.</summary>
    public const string InvalidInstances = "SD0007";

    /// <summary>SD0008 (error): capacity per instance, service time or hourly cost is not a positive finite number.</summary>
    public const string NonPositiveKnob = "SD0008";

    /// <summary>SD0009 (error): the design's <c>Describe</c> method threw an exception.</summary>
    public const string DescribeThrew = "SD0009";

    /// <summary>SD0010 (error): a per-instance availability outside (0, 1].</summary>
    public const string AvailabilityOutOfRange = "SD0010";

    /// <summary>SD0011 (error): a hit rate outside [0, 1].</summary>
    public const string HitRateOutOfRange = "SD0011";

    /// <summary>SD0012 (error): a partition count that is not a positive whole number.</summary>
    public const string InvalidPartitions = "SD0012";

    /// <summary>SD0013 (error): a connection weight that is not a positive finite number.</summary>
    public const string InvalidWeight = "SD0013";

    /// <summary>SD0014 (warning): a knob set on a component type where it means nothing (for example a hit rate on a database).</summary>
    public const string KnobNotApplicable = "SD0014";

    /// <summary>SD0015 (warning): more than 1,000,000 instances of one component.</summary>
    public const string HugeInstanceCount = "SD0015";

    /// <summary>SD0016 (error): connections per instance of zero or less.</summary>
    public const string InvalidConnectionsPerInstance = "SD0016";

    /// <summary>SD0017 (error): a generic parameter with an empty name or a value that is not finite.</summary>
    public const string InvalidParameter = "SD0017";

    /// <summary>SD0018 (warning): a zone or region set to an empty or whitespace string.</summary>
    public const string BlankPlacement = "SD0018";

    /// <summary>SD0019 (error): the problem id in <c>[Design]</c> is not in the catalog. Reported by the engine and the analyzer, not by <see cref="Architecture.Validate"/>.</summary>
    public const string UnknownProblem = "SD0019";

    /// <summary>SD0020 (warning): a component type outside the problem's palette (an unknown type is SD0022). Reported by the engine and the analyzer.</summary>
    public const string TypeOutsidePalette = "SD0020";

    /// <summary>SD0021 (info, reserved): the design is not statically evaluable and is checked at test time instead. Reported by the analyzer.</summary>
    public const string NotStaticallyEvaluable = "SD0021";

    /// <summary>SD0022 (warning): the component type is not in the catalog's registry; it is graded as compute.</summary>
    public const string UnknownComponentType = "SD0022";

    /// <summary>SD1001 (error): a tier requires a component type the design does not have.</summary>
    public const string MissingComponentType = "SD1001";

    /// <summary>SD1002 (error): components of a type have fewer instances in total than a tier's minimum.</summary>
    public const string TooFewInstances = "SD1002";

    /// <summary>SD1003 (error): a tier requires an outgoing connection from a component type, and none has one.</summary>
    public const string MissingConnection = "SD1003";

    /// <summary>SD1004 (error): a parameter (hit rate, partitions...) lies outside the range a tier requires.</summary>
    public const string ParameterOutOfRange = "SD1004";

    /// <summary>SD2001 (error): offered load reaches or exceeds capacity at the target rate.</summary>
    public const string Overloaded = "SD2001";

    /// <summary>SD2002 (warning): capacity is below the headroom margin (default 1.2 × load) at the target rate.</summary>
    public const string BelowHeadroom = "SD2002";

    /// <summary>SD2003 (error): offered load exceeds capacity at the problem's peak.</summary>
    public const string OverloadedAtPeak = "SD2003";

    /// <summary>SD2004 (error): concurrent connections exceed what the connection-holding instances hold.</summary>
    public const string ConnectionsOverCapacity = "SD2004";

    /// <summary>SD2005 (error): consumers are slower than the messages arriving; the backlog grows without bound.</summary>
    public const string ConsumerBacklog = "SD2005";

    /// <summary>SD2006 (warning): a stream has fewer partitions than its consumers have instances; the rest sit idle.</summary>
    public const string PartitionsCapConsumers = "SD2006";

    /// <summary>SD2007 (info): the problem states no request rate; capacity, latency and failure figures are not computed.</summary>
    public const string NoRequestRate = "SD2007";

    /// <summary>SD3001 (error): an end-to-end latency percentile misses the problem's target.</summary>
    public const string LatencyTargetMissed = "SD3001";

    /// <summary>SD3002 (info): the latency target is infeasible: even with no queueing anywhere the path is slower.</summary>
    public const string LatencyTargetInfeasible = "SD3002";

    /// <summary>SD3003 (error): a saturated component on the path makes latency unbounded.</summary>
    public const string UnboundedLatency = "SD3003";

    /// <summary>SD3004 (info): the design is larger than the engine computes end-to-end latency for; per-component figures only.</summary>
    public const string LatencyNotComputed = "SD3004";

    /// <summary>SD4001 (error): the availability of the request path is below the problem's target.</summary>
    public const string AvailabilityBelowTarget = "SD4001";

    /// <summary>SD4002 (warning): a component on the request path whose single failure stops requests.</summary>
    public const string SinglePointOfFailure = "SD4002";

    /// <summary>SD5001 (error): the monthly cost exceeds the problem's budget.</summary>
    public const string OverBudget = "SD5001";

    /// <summary>SD6001 (error): losing one instance of a component overloads it (no N+1).</summary>
    public const string InstanceLossOverload = "SD6001";

    /// <summary>SD6002 (error): losing a cache or CDN sends its hits to components that cannot carry them.</summary>
    public const string CacheLossOverload = "SD6002";

    /// <summary>SD6003 (warning): a peak burst leaves a backlog that does not drain, or drains slowly.</summary>
    public const string BurstBacklog = "SD6003";

    /// <summary>SD6004 (warning): a latency target met in normal operation is missed in a failure scenario (N+1, a lost cache, the peak).</summary>
    public const string ScenarioLatencyMissed = "SD6004";

    /// <summary>SD7001 (warning): a component on the request path that no traffic reaches.</summary>
    public const string Unreachable = "SD7001";

    /// <summary>SD7002 (info): an edge closes a cycle; traffic is not sent around it.</summary>
    public const string CycleIgnored = "SD7002";

    /// <summary>SD7003 (warning): a component receives reads or writes and has no edge that carries them on, where it must.</summary>
    public const string TrafficDropped = "SD7003";
}
