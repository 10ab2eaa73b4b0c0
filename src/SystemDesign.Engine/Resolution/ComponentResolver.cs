using System;
using System.Collections.Generic;
using SystemDesign.Catalog;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

using SystemDesign.Engine.Latency;

namespace SystemDesign.Engine.Resolution;

/// <summary>
/// Settles each figure of a component in this order: the design's explicit value, then the problem's
/// constant for that kind (e.g. <c>app_capacity_per_instance</c> for compute), then the registry's
/// per-type or per-kind default, then a documented engine default. Each figure keeps its source.
/// </summary>
internal sealed class ComponentResolver(Problem problem, ComponentRegistry registry)
{
    /// <summary>The kind an unknown type is treated as (a finding says so).</summary>
    public const string FallbackKind = "compute";

    private static readonly Figure NoInstances = new(1, "default: 1 instance when the design does not say");
    private static readonly Figure InvalidInstances = new(1, "default: 1 instance in place of the design's invalid count (SD0007)");
    private static readonly Figure AlwaysUp = new(1, "default: no availability figure in the registry, counted as always up");
    private static readonly Figure NoPrice = new(0, "default: no price in the registry");
    private static readonly Figure OneShard = new(1, "default: 1 shard, the whole data set on every copy");
    private static readonly Figure OnePartition = new(1, "default: 1 partition (Kafka's num.partitions default)");
    private static readonly Figure PlanningHitRate = new(0.8, "default: 80% hit rate, a common planning figure for a warm cache when the design does not say");

    // What does not depend on the component's own knobs is settled once per type: thousands of components of one
    // type share their kind, behaviour and default figures (immutable records) instead of formatting each again.
    private readonly Dictionary<string, TypeFigures> types = new(StringComparer.Ordinal);

    // The design's own values repeat (instance counts, capacities): one figure per distinct value, told apart by
    // their bits (so 0 and −0 keep their own figures).
    private readonly Dictionary<long, Figure> designed = [];

    public ResolvedComponent Resolve(Component component, int index)
    {
        if (!types.TryGetValue(component.Type, out var t))
        {
            types[component.Type] = t = Settle(component.Type);
        }

        var batch = t.Behaviour == Behaviour.Service && component.BatchSize is { } b && b > 1 ? b : 1;
        var capacity = t.Behaviour is Behaviour.Source or Behaviour.OffPath ? null : Pick(component.CapacityPerInstance, t.Capacity);
        return new ResolvedComponent
        {
            Index = index,
            Component = component,
            Kind = t.Kind,
            Behaviour = t.Behaviour,
            Role = t.Role,
            Instances = component.Instances is { } n && n >= 1
                ? Designed(n)
                : component.Instances is null ? NoInstances : InvalidInstances,
            CapacityPerInstance = batch > 1 && capacity is { } c ? Batched(c, batch) : capacity,
            BatchSize = batch,
            ServiceTimeMs = t.Behaviour is Behaviour.Source or Behaviour.OffPath ? null : Pick(component.ServiceTimeMs, t.ServiceTime),
            Availability = Pick(component.Availability is { } a && a <= 1 ? a : null, null) ?? FromRepair(component, t.Availability ?? AlwaysUp),
            HourlyCost = Pick(component.HourlyCostUsd, t.HourlyCost) ?? NoPrice,
            HitRate = t.Behaviour == Behaviour.Cache ? HitRateOf(component, t) : null,
            Partitions = Behaviours.Is(t.Kind, "stream")
                ? component.Partitions is { } p && p >= 1 ? Designed(p) : OnePartition
                : null,
            Shards = Behaviours.Is(t.Kind, "db_primary")
                ? component.Shards is { } s && s >= 1 ? Designed(s) : OneShard
                : null,
            ConnectionsPerInstance = Behaviours.Is(t.Kind, "websocket") ? Pick(component.ConnectionsPerInstance, t.Connections) : null,
            LightTimeMs = t.LightTimeMs,
        };
    }

    private TypeFigures Settle(string typeName)
    {
        var type = registry.Resolve(typeName);
        var kind = type?.Kind ?? registry.FindKind(FallbackKind) ?? new ComponentKind(FallbackKind, string.Empty, true, ComponentDefaults.None);
        var defaults = type?.Defaults ?? kind.Defaults;
        var registryType = type?.CanonicalType ?? FallbackKind;
        Figure? Registry(Sourced? value) => value is { } r ? Figure.FromRegistry(r.Value, registryType, r.Source) : null;
        return new TypeFigures(
            kind.Id,
            Behaviours.Of(kind.Id, kind.OnRequestPath),
            CapacityConstant(kind.Id) ?? Registry(defaults.CapacityRps),
            Registry(defaults.ServiceTimeMs),
            Registry(defaults.Availability),
            Registry(defaults.HourlyCostUsd),
            Fraction(Behaviours.Is(kind.Id, "cdn") ? Constant("cdn_hit_rate") : Constant("cache_hit_rate")) ?? PlanningHitRate,
            Behaviours.Is(kind.Id, "websocket") ? Constant(CapacityConstants.WebsocketConnections) ?? Registry(defaults.CapacityConnections) : null)
        {
            Role = type?.Emits ?? ClientRole.All,
            LightTimeMs = type?.Crosses is { } place && Behaviours.Is(kind.Id, "network") && RegionDelays.LinkOneWay(place) is var link
                ? new Figure(link.Value * 1000, Figure.RegistryPrefix(registryType) + " crosses to " + link.Source) { Origin = FigureOrigin.Registry }
                : null,
        };
    }

    // An invalid design value (NaN, ∞, ≤ 0) is already an SD0xxx error; the math carries on with the default.
    private Figure? Pick(double? value, Figure? fallback) =>
        value is { } d && d > 0 && !double.IsInfinity(d) ? Designed(d) : fallback;

    /// <summary>
    /// The instance availability a design's repair knobs give (docs/engine.md, "Repair time"): A = MTBF ÷ (MTBF + MTTR),
    /// the knob the design leaves out taken from the registry: its repair time, or the MTBF its availability and repair
    /// time imply. Without either knob, or a registry repair time to complete them, the registry's availability stands.
    /// </summary>
    private Figure FromRepair(Component component, Figure registryAvailability)
    {
        var between = Positive(component.TimeBetweenFailuresHours);
        var repair = Positive(component.RepairTimeHours);
        if ((between is null && repair is null) || registry.RepairTimeHours is not { } registryRepair)
        {
            return registryAvailability;
        }

        var mttr = repair ?? registryRepair.Value;
        var mtbf = between ?? Math.Availability.TimeBetweenFailures(registryAvailability.Value, registryRepair.Value);
        string Hours(Knob knob, double value) => knob.Label + " " + (double.IsPositiveInfinity(value) ? "never (always up)" : NumberText.KnobValue(knob.Format, value));
        var source = (between is null ? "registry " : "design ") + Hours(Knobs.TimeBetweenFailures, mtbf)
            + (between is null ? " (implied by " + registryAvailability.Source + ")" : string.Empty)
            + ", " + (repair is null ? "registry " : "design ") + Hours(Knobs.RepairTime, mttr)
            + (repair is null ? " (" + registryRepair.Source + ")" : string.Empty)
            + ": MTBF ÷ (MTBF + MTTR)";
        // The MTBF decides whose figure it is: the registry's availability implies it unless the design states it.
        return new Figure(Math.Availability.FromRepair(mtbf, mttr), source) { Origin = between is null ? FigureOrigin.Registry : FigureOrigin.Derived };
    }

    /// <summary>
    /// A batch of b is served in one service time (docs/engine.md, "Batching"): an instance serving c batches per
    /// second serves b × c requests per second.
    /// </summary>
    private static Figure Batched(Figure perBatch, int batch) =>
        new(perBatch.Value * batch, perBatch.Source + " × " + NumberText.Raw(batch) + " per batch (design " + Knobs.BatchSize.Method + ")")
        {
            // A default stays the registry's or the problem's; a designed per-batch figure is no longer the one stated.
            Origin = perBatch.Origin == FigureOrigin.Design ? FigureOrigin.Derived : perBatch.Origin,
        };

    private static double? Positive(double? value) => value is { } d && d > 0 && !double.IsInfinity(d) ? d : null;

    // An assumed hit rate (cache_hit_rate) is a default; a *target* (cache_hit_target) is a requirement the design must state.
    private Figure HitRateOf(Component component, TypeFigures type) =>
        component.HitRate is { } h && h >= 0 && h <= 1 ? Designed(h) : type.HitRate;

    private Figure Designed(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        if (!designed.TryGetValue(bits, out var figure))
        {
            designed[bits] = figure = Figure.Designed(value);
        }

        return figure;
    }

    // The problem's per-type figure (CapacityConstants.ByKind): the first of the kind's constants the problem states.
    private Figure? CapacityConstant(string kind)
    {
        if (!CapacityConstants.ByKind.TryGetValue(kind, out var keys))
        {
            return null;
        }

        foreach (var key in keys)
        {
            if (Constant(key) is { } figure)
            {
                return figure;
            }
        }

        return null;
    }

    // A hit rate is a fraction: a constant above 1 is not one, and the planning default stands in for it.
    private static Figure? Fraction(Figure? figure) => figure is { Value: <= 1 } ? figure : null;

    private Figure? Constant(string key) =>
        problem.NumberConstant(key) is { } value && value > 0 && !double.IsInfinity(value)
            ? Figure.FromConstant(value, key)
            : null;

    /// <summary>A type's settled kind and default figures; the design's own values override them per component.</summary>
    private sealed record TypeFigures(
        string Kind, Behaviour Behaviour, Figure? Capacity, Figure? ServiceTime, Figure? Availability,
        Figure? HourlyCost, Figure HitRate, Figure? Connections)
    {
        public ClientRole Role { get; init; }

        public Figure? LightTimeMs { get; init; }
    }
}
