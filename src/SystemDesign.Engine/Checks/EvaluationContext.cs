using System.Collections.Generic;
using SystemDesign.Catalog;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Pools;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Engine.Checks;

/// <summary>What every check reads: the problem, the resolved design, its traffic, and the findings so far.</summary>
internal sealed class EvaluationContext
{
    public required Problem Problem { get; init; }

    public required Architecture Architecture { get; init; }

    public required ComponentRegistry Registry { get; init; }

    public required EngineOptions Options { get; init; }

    public required ResolvedComponent[] Nodes { get; init; }

    public required FlowGraph Graph { get; init; }

    /// <summary>Traffic at the target rate; all zero when the problem states no rate.</summary>
    public required TrafficFlow Flow { get; init; }

    public required WorkloadUsed Workload { get; init; }

    public required double Headroom { get; init; }

    public List<Finding> Findings { get; } = [];

    /// <summary>The parts of each target-count finding's message (<see cref="TargetCounts.Add"/>), by the finding itself.</summary>
    public System.Runtime.CompilerServices.ConditionalWeakTable<Finding, TargetCountWording> TargetCountWordings { get; } = new();

    /// <summary>How the retry load settled (<see cref="RetriedLoad"/>): iterations made, and whether they converged; (0, true) when no edge amplifies.</summary>
    public (int Iterations, bool Converged) RetrySettling { get; init; } = (0, true);

    /// <summary>This context with another flow and no findings: for a figure that iterates over flows (<see cref="RetriedLoad"/>).</summary>
    public EvaluationContext WithFlow(TrafficFlow flow, int iterations, bool converged) => new()
    {
        Problem = Problem,
        Architecture = Architecture,
        Registry = Registry,
        Options = Options,
        Nodes = Nodes,
        Graph = Graph,
        Flow = flow,
        Workload = Workload,
        Headroom = Headroom,
        RetrySettling = (iterations, converged),
    };

    /// <summary>Queues, streams and replicas that fall behind in a burst, filled by <see cref="BacklogCheck"/>.</summary>
    public IReadOnlyList<BacklogResult> Backlogs { get; set; } = [];

    /// <summary>The components a request waits on (<see cref="AvailabilityCheck.OnSynchronousPath"/>), computed once.</summary>
    public bool[] SynchronousPath => synchronousPath ??= AvailabilityCheck.OnSynchronousPath(this);

    private bool[]? synchronousPath;

    /// <summary>The instance count each component needs to meet every constraint at once, filled by the checks.</summary>
    public InstanceRequirements Requirements => requirements ??= new InstanceRequirements(Nodes.Length);

    private InstanceRequirements? requirements;

    /// <summary>The connection pools the design models (<see cref="PoolModel"/>), found once.</summary>
    public IReadOnlyList<PoolUse> Pools => pools ??= PoolModel.Of(this);

    private IReadOnlyList<PoolUse>? pools;

    /// <summary>
    /// Work left for SD3001's count searches (<see cref="LatencyTargetCounts"/>), in components modelled: one budget per
    /// evaluation, <see cref="EngineOptions.MaxScenarioLatencyWork"/>, so a design of many missing entries stays linear.
    /// </summary>
    public long LatencySizingWork
    {
        get => latencySizingWork ??= Options.MaxScenarioLatencyWork;
        set => latencySizingWork = value;
    }

    private long? latencySizingWork;

    public bool HasRate => Workload.RequestRps is { Value: > 0 };

    public double Peak => Workload.PeakMultiplier.Value;

    public double Load(int node) => Flow.Load(Graph, node);

    /// <summary>The reads and writes the node's instances share (<see cref="Load"/> without replication).</summary>
    public double Shared(int node) => Flow.Shared(Graph, node);

    /// <summary>
    /// The load at <paramref name="instances"/> instances up: the shared reads and writes, and the replication each of
    /// them applies (a lost or added replica instance takes its copy of the writes with it).
    /// </summary>
    public double LoadWith(int node, long instances) => Shared(node) + (instances * Applied(node));

    /// <summary>The replication each instance applies (every instance applies every write of its primary).</summary>
    public double Applied(int node) => Nodes[node].Behaviour is Resolution.Behaviour.Source or Resolution.Behaviour.OffPath ? 0 : Flow.Replication[node];

    /// <summary>
    /// The replication each instance would apply at n instances, as a function of n: of a sharded primary each
    /// instance holds ⌈S ÷ n⌉ of its S shards (docs/engine.md, "Sharding"), so more instances apply less each until every
    /// instance holds one; unsharded, every instance applies every write whatever n. Null when no source is sharded (the
    /// applied figure does not depend on n), so callers keep their constant-figure arithmetic.
    /// </summary>
    public System.Func<long, double>? AppliedAt(int node)
    {
        var applied = Applied(node);
        if (!(applied > 0))
        {
            return null;
        }

        replicationSources ??= ReplicationSources();
        if (!replicationSources.TryGetValue(node, out var sources) || !sources.Exists(p => Nodes[p].ShardCount > 1))
        {
            return null;
        }

        double Raw(long n)
        {
            var sum = 0.0;
            foreach (var p in sources)
            {
                sum += TrafficFlow.AppliedPerInstance(Graph, p, Flow.Writes[p], n);
            }

            return sum;
        }

        // Scaled to the flow's own figure at today's count, so AppliedAt(n) is Applied exactly where n is the design's.
        var now = Raw(Nodes[node].InstanceCount);
        return now > 0 ? n => applied * (Raw(n) / now) : null;
    }

    /// <summary>
    /// The fewest instances of <paramref name="node"/> below 100% at <paramref name="factor"/> × its load (the peak, or
    /// 1), each count judged at the replication it would apply there where that depends on the count (<see cref="AppliedAt"/>).
    /// </summary>
    public long Unsaturated(int node, double perInstance, double factor = 1) => AppliedAt(node) is { } at
        ? InstanceRequirements.UnsaturatedInstances(Shared(node), at, perInstance, factor)
        : InstanceRequirements.UnsaturatedInstances(Shared(node) * factor, Applied(node) * factor, perInstance);

    /// <summary>The fewest instances of <paramref name="node"/> with the <see cref="Headroom"/>, each count judged as <see cref="Unsaturated"/> does.</summary>
    public long WithHeadroom(int node, double perInstance) => AppliedAt(node) is { } at
        ? InstanceRequirements.WithHeadroom(Shared(node), at, perInstance, Headroom)
        : InstanceRequirements.WithHeadroom(Shared(node), Applied(node), perInstance, Headroom);

    private Dictionary<int, List<int>>? replicationSources;

    private Dictionary<int, List<int>> ReplicationSources()
    {
        var map = new Dictionary<int, List<int>>();
        foreach (var from in Nodes)
        {
            foreach (var e in Graph.Outgoing[from.Index])
            {
                if (e.Role == EdgeRole.Replication)
                {
                    if (!map.TryGetValue(e.To, out var list))
                    {
                        map[e.To] = list = [];
                    }

                    list.Add(from.Index);
                }
            }
        }

        return map;
    }

    /// <summary>
    /// Adds a finding about <paramref name="component"/> (by name; <see cref="FindingTarget.Resolve"/> makes it a
    /// target). The first knob named by <paramref name="properties"/> names the knob it is about.
    /// </summary>
    public void Add(Rule rule, string? component, string message, params FindingProperty[] properties) =>
        Add(rule, component, target: null, message, properties);

    /// <summary>Adds a finding whose target is not the component it names (a tier, or the component a fix resizes).</summary>
    public void Add(Rule rule, string? component, FindingTarget? target, string message, params FindingProperty[] properties)
    {
        var finding = new Finding(rule, component, message) { Target = target };
        if (properties.Length > 0)
        {
            var dictionary = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
            string? knob = null;
            foreach (var property in properties)
            {
                dictionary[property.Key] = property.Value;
                knob ??= property.Knob;
            }

            finding = finding with { Properties = dictionary, Knob = knob };
        }

        Findings.Add(finding);
    }

    /// <summary>
    /// <see cref="Add(Rule, string?, string, FindingProperty[])"/> for a finding about <paramref name="knob"/> of <paramref name="component"/>: the analyzer puts
    /// the squiggle on that knob's argument when the design set it, else on the placing call.
    /// </summary>
    public void AddOnKnob(Rule rule, string component, Knob knob, string message, params FindingProperty[] properties)
    {
        Add(rule, component, message, properties);
        Findings[Findings.Count - 1] = Findings[Findings.Count - 1] with { Knob = knob.Key };
    }

    /// <summary>
    /// The property a finding carries to propose <paramref name="value"/> for <paramref name="knob"/>: the row's
    /// <see cref="Knob.FixProperty"/> ("instances" → "8"), which the code fixes and the solver read; the finding is
    /// then about that knob.
    /// </summary>
    public static FindingProperty Proposed(Knob knob, long value) => new(knob.FixProperty!, NumberText.Raw(value), knob.Key);

    /// <summary>
    /// <see cref="Math.Headroom.MinimumInstances"/> for any load the flow can produce: a load that overflowed to +∞
    /// (a deep fan-out lattice doubles it per layer) needs more instances than any count, which saturates at
    /// <see cref="long.MaxValue"/> as the method documents; a load that is not a number needs none.
    /// </summary>
    public static long RequiredInstances(double load, double perInstanceCapacity, double headroom) =>
        double.IsPositiveInfinity(load) ? long.MaxValue
        : !(load > 0) ? 0
        : Math.Headroom.MinimumInstances(load, perInstanceCapacity, headroom);

    /// <summary>
    /// Instances × per-instance capacity, held at <see cref="double.MaxValue"/>: a design of 2³¹ instances of 1e300
    /// req/s each overflows to +∞, and +∞ ÷ +∞ (an overflowed load over it) would be NaN; a finite bound keeps
    /// every utilization a number or +∞ (unbounded).
    /// </summary>
    public static double Capacity(double perInstance, int instances) => System.Math.Min(perInstance * instances, double.MaxValue);
}
