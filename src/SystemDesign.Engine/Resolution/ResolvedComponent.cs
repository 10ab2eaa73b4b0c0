using SystemDesign.Catalog;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Engine.Resolution;

/// <summary>A design component with every figure the engine needs settled, and where each came from.</summary>
internal sealed record ResolvedComponent
{
    public required int Index { get; init; }

    public required Component Component { get; init; }

    public required string Kind { get; init; }

    public required Behaviour Behaviour { get; init; }

    /// <summary>For a client, the share of the workload it emits (its type's role in the registry); All otherwise.</summary>
    public ClientRole Role { get; init; }

    public required Figure Instances { get; init; }

    public Figure? CapacityPerInstance { get; init; }

    public Figure? ServiceTimeMs { get; init; }

    public required Figure Availability { get; init; }

    public required Figure HourlyCost { get; init; }

    public Figure? HitRate { get; init; }

    public Figure? Partitions { get; init; }

    public Figure? ConnectionsPerInstance { get; init; }

    /// <summary>
    /// One-way light-time in ms of a link that crosses to a place off the Earth (the registry's <c>"crosses"</c>;
    /// docs/components.md, "Space links"): a call through it waits twice this on top of its hop. Null for most types.
    /// </summary>
    public Figure? LightTimeMs { get; init; }

    /// <summary>Shards a primary database splits its writes across (docs/engine.md, "Sharding"); null on other kinds.</summary>
    public Figure? Shards { get; init; }

    /// <summary>The shard count as a number: 1 where the component is not sharded.</summary>
    public int ShardCount => Shards is { } s ? (int)s.Value : 1;

    /// <summary>Requests a service instance serves together in one service time (1: no batching; docs/engine.md, "Batching").</summary>
    public int BatchSize { get; init; } = 1;

    public string Name => Component.Name;

    public int InstanceCount => (int)Instances.Value;
}
