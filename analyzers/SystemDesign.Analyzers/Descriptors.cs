using Microsoft.CodeAnalysis;

namespace SystemDesign.Analyzers;

/// <summary>
/// One descriptor per rule id. Every message is "{0}": the engine's own message with its arithmetic, so the IDE and the
/// test report say the same thing. Default severities are the engine's; <c>.editorconfig</c>
/// (<c>dotnet_diagnostic.SD2001.severity</c>), <c>#pragma warning disable</c> and <c>[SuppressMessage]</c> apply as usual.
/// </summary>
public static class Descriptors
{
    /// <summary>Where the rule pages live, relative to the repository root; a test checks that each page exists.</summary>
    public const string RulePageFormat = "docs/rules/{0}.md";

    /// <summary>The repository URL that <see cref="RulePageFormat"/> is relative to.</summary>
    public const string RepositoryUrl = "https://github.com/systemdesign/systemdesign/blob/main/";

    /// <summary>SD0001 (error): Component name is empty.</summary>
    public static readonly DiagnosticDescriptor EmptyName = new(
        id: DiagnosticIds.EmptyName,
        title: "Component name is empty",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A component's name is empty or whitespace.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0001.md");

    /// <summary>SD0002 (error): Component name is used twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateName = new(
        id: DiagnosticIds.DuplicateName,
        title: "Component name is used twice",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Two components share a name (names are compared ordinally).",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0002.md");

    /// <summary>SD0003 (error): Component type is empty.</summary>
    public static readonly DiagnosticDescriptor EmptyType = new(
        id: DiagnosticIds.EmptyType,
        title: "Component type is empty",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A component's type is empty or whitespace.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0003.md");

    /// <summary>SD0004 (error): Edge to a component that is not in the design.</summary>
    public static readonly DiagnosticDescriptor DanglingConnection = new(
        id: DiagnosticIds.DanglingConnection,
        title: "Edge to a component that is not in the design",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A connection starts or ends at a name that is not a component of the design.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0004.md");

    /// <summary>SD0005 (error): Edge from a component to itself.</summary>
    public static readonly DiagnosticDescriptor SelfConnection = new(
        id: DiagnosticIds.SelfConnection,
        title: "Edge from a component to itself",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A connection from a component to itself.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0005.md");

    /// <summary>SD0006 (warning): Edge declared twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateConnection = new(
        id: DiagnosticIds.DuplicateConnection,
        title: "Edge declared twice",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The same connection (from, to, kind) is declared more than once.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0006.md");

    /// <summary>SD0007 (error): Instance count below 1.</summary>
    public static readonly DiagnosticDescriptor InvalidInstances = new(
        id: DiagnosticIds.InvalidInstances,
        title: "Instance count below 1",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An instance count of zero or less.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0007.md");

    /// <summary>SD0008 (error): Capacity, service time or cost is not a positive number.</summary>
    public static readonly DiagnosticDescriptor NonPositiveKnob = new(
        id: DiagnosticIds.NonPositiveKnob,
        title: "Capacity, service time or cost is not a positive number",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Capacity per instance, service time or hourly cost is not a positive finite number.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0008.md");

    /// <summary>SD0009 (error): Describe threw an exception.</summary>
    public static readonly DiagnosticDescriptor DescribeThrew = new(
        id: DiagnosticIds.DescribeThrew,
        title: "Describe threw an exception",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The design's Describe method threw an exception.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0009.md");

    /// <summary>SD0010 (error): Availability outside (0, 1].</summary>
    public static readonly DiagnosticDescriptor AvailabilityOutOfRange = new(
        id: DiagnosticIds.AvailabilityOutOfRange,
        title: "Availability outside (0, 1]",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A per-instance availability outside (0, 1].",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0010.md");

    /// <summary>SD0011 (error): Hit rate outside [0, 1].</summary>
    public static readonly DiagnosticDescriptor HitRateOutOfRange = new(
        id: DiagnosticIds.HitRateOutOfRange,
        title: "Hit rate outside [0, 1]",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A hit rate outside [0, 1].",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0011.md");

    /// <summary>SD0012 (error): Partition count is not a whole number of at least 1.</summary>
    public static readonly DiagnosticDescriptor InvalidPartitions = new(
        id: DiagnosticIds.InvalidPartitions,
        title: "Partition count is not a whole number of at least 1",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A partition count that is not a positive whole number.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0012.md");

    /// <summary>SD0013 (error): Edge weight is not a positive number.</summary>
    public static readonly DiagnosticDescriptor InvalidWeight = new(
        id: DiagnosticIds.InvalidWeight,
        title: "Edge weight is not a positive number",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A connection weight that is not a positive finite number.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0013.md");

    /// <summary>SD0014 (warning): Knob has no meaning on this component type.</summary>
    public static readonly DiagnosticDescriptor KnobNotApplicable = new(
        id: DiagnosticIds.KnobNotApplicable,
        title: "Knob has no meaning on this component type",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A knob set on a component type where it means nothing (for example a hit rate on a database).",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0014.md");

    /// <summary>SD0015 (warning): More than 1,000,000 instances.</summary>
    public static readonly DiagnosticDescriptor HugeInstanceCount = new(
        id: DiagnosticIds.HugeInstanceCount,
        title: "More than 1,000,000 instances",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "More than 1,000,000 instances of one component.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0015.md");

    /// <summary>SD0016 (error): Connections per instance below 1.</summary>
    public static readonly DiagnosticDescriptor InvalidConnectionsPerInstance = new(
        id: DiagnosticIds.InvalidConnectionsPerInstance,
        title: "Connections per instance below 1",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Connections per instance of zero or less.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0016.md");

    /// <summary>SD0017 (error): Parameter with an empty name or a non-finite value.</summary>
    public static readonly DiagnosticDescriptor InvalidParameter = new(
        id: DiagnosticIds.InvalidParameter,
        title: "Parameter with an empty name or a non-finite value",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A generic parameter with an empty name or a value that is not finite.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0017.md");

    /// <summary>SD0018 (warning): Blank zone or region.</summary>
    public static readonly DiagnosticDescriptor BlankPlacement = new(
        id: DiagnosticIds.BlankPlacement,
        title: "Blank zone or region",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A zone or region set to an empty or whitespace string.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0018.md");

    /// <summary>SD0019 (error): Unknown problem id.</summary>
    public static readonly DiagnosticDescriptor UnknownProblem = new(
        id: DiagnosticIds.UnknownProblem,
        title: "Unknown problem id",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The problem id in [Design] is not in the catalog. Reported by the engine and the analyzer, not by Validate().",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0019.md");

    /// <summary>SD0020 (warning): Component type outside the problem's palette.</summary>
    public static readonly DiagnosticDescriptor TypeOutsidePalette = new(
        id: DiagnosticIds.TypeOutsidePalette,
        title: "Component type outside the problem's palette",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A component type outside the problem's palette (an unknown type is SD0022). Reported by the engine and the analyzer.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0020.md");

    /// <summary>SD0021 (info): Design is graded at test time instead.</summary>
    public static readonly DiagnosticDescriptor NotStaticallyEvaluable = new(
        id: DiagnosticIds.NotStaticallyEvaluable,
        title: "Design is graded at test time instead",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The design is not statically evaluable and is checked at test time instead. Reported by the analyzer.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0021.md");

    /// <summary>SD0022 (warning): Component type unknown to the catalog.</summary>
    public static readonly DiagnosticDescriptor UnknownComponentType = new(
        id: DiagnosticIds.UnknownComponentType,
        title: "Component type unknown to the catalog",
        messageFormat: "{0}",
        category: Categories.Usage,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The component type is not in the catalog's registry; it is graded as compute.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD0022.md");

    /// <summary>SD1001 (error): Tier requires a component type the design lacks.</summary>
    public static readonly DiagnosticDescriptor MissingComponentType = new(
        id: DiagnosticIds.MissingComponentType,
        title: "Tier requires a component type the design lacks",
        messageFormat: "{0}",
        category: Categories.Tiers,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A tier requires a component type the design does not have.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD1001.md");

    /// <summary>SD1002 (error): Fewer instances than a tier requires.</summary>
    public static readonly DiagnosticDescriptor TooFewInstances = new(
        id: DiagnosticIds.TooFewInstances,
        title: "Fewer instances than a tier requires",
        messageFormat: "{0}",
        category: Categories.Tiers,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Components of a type have fewer instances in total than a tier's minimum.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD1002.md");

    /// <summary>SD1003 (error): Tier requires an outgoing connection.</summary>
    public static readonly DiagnosticDescriptor MissingConnection = new(
        id: DiagnosticIds.MissingConnection,
        title: "Tier requires an outgoing connection",
        messageFormat: "{0}",
        category: Categories.Tiers,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A tier requires an outgoing connection from a component type, and none has one.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD1003.md");

    /// <summary>SD1004 (error): Parameter outside the range a tier requires.</summary>
    public static readonly DiagnosticDescriptor ParameterOutOfRange = new(
        id: DiagnosticIds.ParameterOutOfRange,
        title: "Parameter outside the range a tier requires",
        messageFormat: "{0}",
        category: Categories.Tiers,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A parameter (hit rate, partitions...) lies outside the range a tier requires.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD1004.md");

    /// <summary>SD2001 (error): Component overloaded at the target rate.</summary>
    public static readonly DiagnosticDescriptor Overloaded = new(
        id: DiagnosticIds.Overloaded,
        title: "Component overloaded at the target rate",
        messageFormat: "{0}",
        category: Categories.Capacity,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Offered load reaches or exceeds capacity at the target rate.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD2001.md");

    /// <summary>SD2002 (warning): Capacity below the headroom margin.</summary>
    public static readonly DiagnosticDescriptor BelowHeadroom = new(
        id: DiagnosticIds.BelowHeadroom,
        title: "Capacity below the headroom margin",
        messageFormat: "{0}",
        category: Categories.Capacity,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Capacity is below the headroom margin (default 1.2 × load) at the target rate.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD2002.md");

    /// <summary>SD2003 (error): Component overloaded at peak.</summary>
    public static readonly DiagnosticDescriptor OverloadedAtPeak = new(
        id: DiagnosticIds.OverloadedAtPeak,
        title: "Component overloaded at peak",
        messageFormat: "{0}",
        category: Categories.Capacity,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Offered load exceeds capacity at the problem's peak.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD2003.md");

    /// <summary>SD2004 (error): Concurrent connections over capacity.</summary>
    public static readonly DiagnosticDescriptor ConnectionsOverCapacity = new(
        id: DiagnosticIds.ConnectionsOverCapacity,
        title: "Concurrent connections over capacity",
        messageFormat: "{0}",
        category: Categories.Capacity,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Concurrent connections exceed what the connection-holding instances hold.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD2004.md");

    /// <summary>SD2005 (error): Consumers slower than the messages arriving.</summary>
    public static readonly DiagnosticDescriptor ConsumerBacklog = new(
        id: DiagnosticIds.ConsumerBacklog,
        title: "Consumers slower than the messages arriving",
        messageFormat: "{0}",
        category: Categories.Capacity,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Consumers are slower than the messages arriving; the backlog grows without bound.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD2005.md");

    /// <summary>SD2006 (warning): Fewer stream partitions than consumer instances.</summary>
    public static readonly DiagnosticDescriptor PartitionsCapConsumers = new(
        id: DiagnosticIds.PartitionsCapConsumers,
        title: "Fewer stream partitions than consumer instances",
        messageFormat: "{0}",
        category: Categories.Capacity,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A stream has fewer partitions than its consumers have instances; the rest sit idle.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD2006.md");

    /// <summary>SD2007 (info): Problem states no request rate.</summary>
    public static readonly DiagnosticDescriptor NoRequestRate = new(
        id: DiagnosticIds.NoRequestRate,
        title: "Problem states no request rate",
        messageFormat: "{0}",
        category: Categories.Capacity,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The problem states no request rate; capacity, latency and failure figures are not computed.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD2007.md");

    /// <summary>SD3001 (error): Latency target missed.</summary>
    public static readonly DiagnosticDescriptor LatencyTargetMissed = new(
        id: DiagnosticIds.LatencyTargetMissed,
        title: "Latency target missed",
        messageFormat: "{0}",
        category: Categories.Latency,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An end-to-end latency percentile misses the problem's target.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD3001.md");

    /// <summary>SD3002 (info): Latency target infeasible.</summary>
    public static readonly DiagnosticDescriptor LatencyTargetInfeasible = new(
        id: DiagnosticIds.LatencyTargetInfeasible,
        title: "Latency target infeasible",
        messageFormat: "{0}",
        category: Categories.Latency,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The latency target is infeasible: even with no queueing anywhere the path is slower.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD3002.md");

    /// <summary>SD3003 (error): Latency unbounded by a saturated component.</summary>
    public static readonly DiagnosticDescriptor UnboundedLatency = new(
        id: DiagnosticIds.UnboundedLatency,
        title: "Latency unbounded by a saturated component",
        messageFormat: "{0}",
        category: Categories.Latency,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A saturated component on the path makes latency unbounded.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD3003.md");

    /// <summary>SD3004 (info): End-to-end latency not computed for a design this large.</summary>
    public static readonly DiagnosticDescriptor LatencyNotComputed = new(
        id: DiagnosticIds.LatencyNotComputed,
        title: "End-to-end latency not computed for a design this large",
        messageFormat: "{0}",
        category: Categories.Latency,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The design is larger than the engine computes end-to-end latency for; per-component figures only.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD3004.md");

    /// <summary>SD4001 (error): Availability below target.</summary>
    public static readonly DiagnosticDescriptor AvailabilityBelowTarget = new(
        id: DiagnosticIds.AvailabilityBelowTarget,
        title: "Availability below target",
        messageFormat: "{0}",
        category: Categories.Availability,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The availability of the request path is below the problem's target.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD4001.md");

    /// <summary>SD4002 (warning): Single point of failure.</summary>
    public static readonly DiagnosticDescriptor SinglePointOfFailure = new(
        id: DiagnosticIds.SinglePointOfFailure,
        title: "Single point of failure",
        messageFormat: "{0}",
        category: Categories.Availability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A component on the request path whose single failure stops requests.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD4002.md");

    /// <summary>SD5001 (error): Monthly cost over budget.</summary>
    public static readonly DiagnosticDescriptor OverBudget = new(
        id: DiagnosticIds.OverBudget,
        title: "Monthly cost over budget",
        messageFormat: "{0}",
        category: Categories.Cost,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The monthly cost exceeds the problem's budget.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD5001.md");

    /// <summary>SD6001 (error): Losing one instance overloads the component.</summary>
    public static readonly DiagnosticDescriptor InstanceLossOverload = new(
        id: DiagnosticIds.InstanceLossOverload,
        title: "Losing one instance overloads the component",
        messageFormat: "{0}",
        category: Categories.Resilience,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Losing one instance of a component overloads it (no N+1).",
        helpLinkUri: RepositoryUrl + "docs/rules/SD6001.md");

    /// <summary>SD6002 (error): Losing a cache overloads what is behind it.</summary>
    public static readonly DiagnosticDescriptor CacheLossOverload = new(
        id: DiagnosticIds.CacheLossOverload,
        title: "Losing a cache overloads what is behind it",
        messageFormat: "{0}",
        category: Categories.Resilience,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Losing a cache or CDN sends its hits to components that cannot carry them.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD6002.md");

    /// <summary>SD6003 (warning): Peak burst backlog drains slowly.</summary>
    public static readonly DiagnosticDescriptor BurstBacklog = new(
        id: DiagnosticIds.BurstBacklog,
        title: "Peak burst backlog drains slowly",
        messageFormat: "{0}",
        category: Categories.Resilience,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A peak burst leaves a backlog that does not drain, or drains slowly.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD6003.md");

    /// <summary>SD6004 (warning): A failure scenario misses a latency target.</summary>
    public static readonly DiagnosticDescriptor ScenarioLatencyMissed = new(
        id: DiagnosticIds.ScenarioLatencyMissed,
        title: "A failure scenario misses a latency target",
        messageFormat: "{0}",
        category: Categories.Resilience,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A latency target met in normal operation is missed when one instance is lost, a cache is cold, or at the peak.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD6004.md");

    /// <summary>SD7001 (warning): Component no traffic reaches.</summary>
    public static readonly DiagnosticDescriptor Unreachable = new(
        id: DiagnosticIds.Unreachable,
        title: "Component no traffic reaches",
        messageFormat: "{0}",
        category: Categories.AntiPatterns,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A component on the request path that no traffic reaches.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD7001.md");

    /// <summary>SD7002 (info): Edge closes a cycle.</summary>
    public static readonly DiagnosticDescriptor CycleIgnored = new(
        id: DiagnosticIds.CycleIgnored,
        title: "Edge closes a cycle",
        messageFormat: "{0}",
        category: Categories.AntiPatterns,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "An edge closes a cycle; traffic is not sent around it.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD7002.md");

    /// <summary>SD7003 (warning): Traffic dropped.</summary>
    public static readonly DiagnosticDescriptor TrafficDropped = new(
        id: DiagnosticIds.TrafficDropped,
        title: "Traffic dropped",
        messageFormat: "{0}",
        category: Categories.AntiPatterns,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A component receives reads or writes and has no edge that carries them on, where it must.",
        helpLinkUri: RepositoryUrl + "docs/rules/SD7003.md");

    /// <summary>Every descriptor, in rule-id order.</summary>
    public static System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> All { get; } = System.Collections.Immutable.ImmutableArray.Create(
        EmptyName,
        DuplicateName,
        EmptyType,
        DanglingConnection,
        SelfConnection,
        DuplicateConnection,
        InvalidInstances,
        NonPositiveKnob,
        DescribeThrew,
        AvailabilityOutOfRange,
        HitRateOutOfRange,
        InvalidPartitions,
        InvalidWeight,
        KnobNotApplicable,
        HugeInstanceCount,
        InvalidConnectionsPerInstance,
        InvalidParameter,
        BlankPlacement,
        UnknownProblem,
        TypeOutsidePalette,
        NotStaticallyEvaluable,
        UnknownComponentType,
        MissingComponentType,
        TooFewInstances,
        MissingConnection,
        ParameterOutOfRange,
        Overloaded,
        BelowHeadroom,
        OverloadedAtPeak,
        ConnectionsOverCapacity,
        ConsumerBacklog,
        PartitionsCapConsumers,
        NoRequestRate,
        LatencyTargetMissed,
        LatencyTargetInfeasible,
        UnboundedLatency,
        LatencyNotComputed,
        AvailabilityBelowTarget,
        SinglePointOfFailure,
        OverBudget,
        InstanceLossOverload,
        CacheLossOverload,
        BurstBacklog,
        ScenarioLatencyMissed,
        Unreachable,
        CycleIgnored,
        TrafficDropped);

    /// <summary>The descriptor of a rule id, or null for an id the analyzer does not know (a newer engine).</summary>
    /// <param name="id">A rule id such as "SD2001".</param>
    /// <returns>The descriptor, or null.</returns>
    public static DiagnosticDescriptor? For(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : null;

    private static System.Collections.Generic.Dictionary<string, DiagnosticDescriptor> ById { get; } =
        System.Linq.Enumerable.ToDictionary(All, x => x.Id, System.StringComparer.Ordinal);

    private static class Categories
    {
        public const string Usage = "SystemDesign.Usage";
        public const string Tiers = "SystemDesign.Tiers";
        public const string Capacity = "SystemDesign.Capacity";
        public const string Latency = "SystemDesign.Latency";
        public const string Availability = "SystemDesign.Availability";
        public const string Cost = "SystemDesign.Cost";
        public const string Resilience = "SystemDesign.Resilience";
        public const string AntiPatterns = "SystemDesign.AntiPatterns";
    }
}
