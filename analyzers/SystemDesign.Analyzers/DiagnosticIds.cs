using SystemDesign.Model;

namespace SystemDesign.Analyzers;

/// <summary>
/// The diagnostic ids the analyzer reports: exactly the engine's <see cref="RuleIds"/>, so the IDE, <c>dotnet test</c> and
/// the <c>sysdesign</c> tool share one id per rule. Code fixes use these constants in <c>FixableDiagnosticIds</c>.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>SD0001: Component name is empty.</summary>
    public const string EmptyName = RuleIds.EmptyName;

    /// <summary>SD0002: Component name is used twice.</summary>
    public const string DuplicateName = RuleIds.DuplicateName;

    /// <summary>SD0003: Component type is empty.</summary>
    public const string EmptyType = RuleIds.EmptyType;

    /// <summary>SD0004: Edge to a component that is not in the design.</summary>
    public const string DanglingConnection = RuleIds.DanglingConnection;

    /// <summary>SD0005: Edge from a component to itself.</summary>
    public const string SelfConnection = RuleIds.SelfConnection;

    /// <summary>SD0006: Edge declared twice.</summary>
    public const string DuplicateConnection = RuleIds.DuplicateConnection;

    /// <summary>SD0007: Instance count below 1.</summary>
    public const string InvalidInstances = RuleIds.InvalidInstances;

    /// <summary>SD0008: Capacity, service time or cost is not a positive number.</summary>
    public const string NonPositiveKnob = RuleIds.NonPositiveKnob;

    /// <summary>SD0009: Describe threw an exception.</summary>
    public const string DescribeThrew = RuleIds.DescribeThrew;

    /// <summary>SD0010: Availability outside (0, 1].</summary>
    public const string AvailabilityOutOfRange = RuleIds.AvailabilityOutOfRange;

    /// <summary>SD0011: Hit rate outside [0, 1].</summary>
    public const string HitRateOutOfRange = RuleIds.HitRateOutOfRange;

    /// <summary>SD0012: Partition count is not a whole number of at least 1.</summary>
    public const string InvalidPartitions = RuleIds.InvalidPartitions;

    /// <summary>SD0013: Edge weight is not a positive number.</summary>
    public const string InvalidWeight = RuleIds.InvalidWeight;

    /// <summary>SD0014: Knob has no meaning on this component type.</summary>
    public const string KnobNotApplicable = RuleIds.KnobNotApplicable;

    /// <summary>SD0015: More than 1,000,000 instances.</summary>
    public const string HugeInstanceCount = RuleIds.HugeInstanceCount;

    /// <summary>SD0016: Connections per instance below 1.</summary>
    public const string InvalidConnectionsPerInstance = RuleIds.InvalidConnectionsPerInstance;

    /// <summary>SD0017: Parameter with an empty name or a non-finite value.</summary>
    public const string InvalidParameter = RuleIds.InvalidParameter;

    /// <summary>SD0018: Blank zone or region.</summary>
    public const string BlankPlacement = RuleIds.BlankPlacement;

    /// <summary>SD0019: Unknown problem id.</summary>
    public const string UnknownProblem = RuleIds.UnknownProblem;

    /// <summary>SD0020: Component type outside the problem's palette.</summary>
    public const string TypeOutsidePalette = RuleIds.TypeOutsidePalette;

    /// <summary>SD0021: Design is graded at test time instead.</summary>
    public const string NotStaticallyEvaluable = RuleIds.NotStaticallyEvaluable;

    /// <summary>SD0022: Component type unknown to the catalog.</summary>
    public const string UnknownComponentType = RuleIds.UnknownComponentType;

    /// <summary>SD1001: Tier requires a component type the design lacks.</summary>
    public const string MissingComponentType = RuleIds.MissingComponentType;

    /// <summary>SD1002: Fewer instances than a tier requires.</summary>
    public const string TooFewInstances = RuleIds.TooFewInstances;

    /// <summary>SD1003: Tier requires an outgoing connection.</summary>
    public const string MissingConnection = RuleIds.MissingConnection;

    /// <summary>SD1004: Parameter outside the range a tier requires.</summary>
    public const string ParameterOutOfRange = RuleIds.ParameterOutOfRange;

    /// <summary>SD2001: Component overloaded at the target rate.</summary>
    public const string Overloaded = RuleIds.Overloaded;

    /// <summary>SD2002: Capacity below the headroom margin.</summary>
    public const string BelowHeadroom = RuleIds.BelowHeadroom;

    /// <summary>SD2003: Component overloaded at peak.</summary>
    public const string OverloadedAtPeak = RuleIds.OverloadedAtPeak;

    /// <summary>SD2004: Concurrent connections over capacity.</summary>
    public const string ConnectionsOverCapacity = RuleIds.ConnectionsOverCapacity;

    /// <summary>SD2005: Consumers slower than the messages arriving.</summary>
    public const string ConsumerBacklog = RuleIds.ConsumerBacklog;

    /// <summary>SD2006: Fewer stream partitions than consumer instances.</summary>
    public const string PartitionsCapConsumers = RuleIds.PartitionsCapConsumers;

    /// <summary>SD2007: Problem states no request rate.</summary>
    public const string NoRequestRate = RuleIds.NoRequestRate;

    /// <summary>SD3001: Latency target missed.</summary>
    public const string LatencyTargetMissed = RuleIds.LatencyTargetMissed;

    /// <summary>SD3002: Latency target infeasible.</summary>
    public const string LatencyTargetInfeasible = RuleIds.LatencyTargetInfeasible;

    /// <summary>SD3003: Latency unbounded by a saturated component.</summary>
    public const string UnboundedLatency = RuleIds.UnboundedLatency;

    /// <summary>SD3004: End-to-end latency not computed for a design this large.</summary>
    public const string LatencyNotComputed = RuleIds.LatencyNotComputed;

    /// <summary>SD4001: Availability below target.</summary>
    public const string AvailabilityBelowTarget = RuleIds.AvailabilityBelowTarget;

    /// <summary>SD4002: Single point of failure.</summary>
    public const string SinglePointOfFailure = RuleIds.SinglePointOfFailure;

    /// <summary>SD5001: Monthly cost over budget.</summary>
    public const string OverBudget = RuleIds.OverBudget;

    /// <summary>SD6001: Losing one instance overloads the component.</summary>
    public const string InstanceLossOverload = RuleIds.InstanceLossOverload;

    /// <summary>SD6002: Losing a cache overloads what is behind it.</summary>
    public const string CacheLossOverload = RuleIds.CacheLossOverload;

    /// <summary>SD6003: Peak burst backlog drains slowly.</summary>
    public const string BurstBacklog = RuleIds.BurstBacklog;

    /// <summary>SD6004: A failure scenario misses a latency target.</summary>
    public const string ScenarioLatencyMissed = RuleIds.ScenarioLatencyMissed;

    /// <summary>SD7001: Component no traffic reaches.</summary>
    public const string Unreachable = RuleIds.Unreachable;

    /// <summary>SD7002: Edge closes a cycle.</summary>
    public const string CycleIgnored = RuleIds.CycleIgnored;

    /// <summary>SD7003: Traffic dropped.</summary>
    public const string TrafficDropped = RuleIds.TrafficDropped;
}
