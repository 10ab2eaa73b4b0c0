using SystemDesign.Catalog;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

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

    private const string Design = "design";

    public ResolvedComponent Resolve(Component component, int index)
    {
        var type = registry.Resolve(component.Type);
        var kind = type?.Kind ?? registry.FindKind(FallbackKind) ?? new ComponentKind(FallbackKind, string.Empty, true, ComponentDefaults.None);
        var defaults = type?.Defaults ?? kind.Defaults;
        var behaviour = Behaviours.Of(kind.Id, kind.OnRequestPath);
        var registrySource = "registry " + (type?.CanonicalType ?? FallbackKind);

        var capacity = behaviour is Behaviour.Source or Behaviour.OffPath
            ? null
            : Pick(component.CapacityPerInstance, CapacityConstant(kind.Id), defaults.CapacityRps, registrySource);

        return new ResolvedComponent
        {
            Index = index,
            Component = component,
            Kind = kind.Id,
            CanonicalType = type?.CanonicalType ?? component.Type,
            Behaviour = behaviour,
            Instances = component.Instances is { } n && n >= 1
                ? new Figure(n, Design)
                : new Figure(1, component.Instances is null ? "default: 1 instance when the design does not say" : "default: 1 instance in place of the design's invalid count (SD0007)"),
            CapacityPerInstance = capacity,
            ServiceTimeMs = behaviour is Behaviour.Source or Behaviour.OffPath
                ? null
                : Pick(component.ServiceTimeMs, null, defaults.ServiceTimeMs, registrySource),
            Availability = Pick(component.Availability is { } a && a <= 1 ? a : null, null, defaults.Availability, registrySource)
                ?? new Figure(1, "default: no availability figure in the registry, counted as always up"),
            HourlyCost = Pick(component.HourlyCostUsd, null, defaults.HourlyCostUsd, registrySource)
                ?? new Figure(0, "default: no price in the registry"),
            HitRate = behaviour == Behaviour.Cache ? HitRateOf(component, kind.Id) : null,
            Partitions = Behaviours.Is(kind.Id, "stream")
                ? component.Partitions is { } p && p >= 1 ? new Figure(p, Design) : new Figure(1, "default: 1 partition (Kafka's num.partitions default)")
                : null,
            ConnectionsPerInstance = Behaviours.Is(kind.Id, "websocket")
                ? Pick(component.ConnectionsPerInstance, Constant("websocket_capacity_per_instance"), defaults.CapacityConnections, registrySource)
                : null,
        };
    }

    private static Figure? Pick(double? designed, Figure? constant, Sourced? registryDefault, string registrySource)
    {
        // An invalid design value (NaN, ∞, ≤ 0) is already an SD0xxx error; the math carries on with the default.
        if (designed is { } d && d > 0 && !double.IsInfinity(d))
        {
            return new Figure(d, Design);
        }

        if (constant is not null)
        {
            return constant;
        }

        return registryDefault is { } r ? new Figure(r.Value, registrySource + ": " + r.Source) : null;
    }

    private Figure? CapacityConstant(string kind) => kind switch
    {
        "compute" => Constant("app_capacity_per_instance"),
        "db_replica" => Constant("db_read_capacity"),
        "db_primary" => Constant("db_write_capacity"),
        "worker" => Constant("consumer_rps_per_instance"),
        _ => null,
    };

    private Figure HitRateOf(Component component, string kind)
    {
        if (component.HitRate is { } h && h >= 0 && h <= 1)
        {
            return new Figure(h, Design);
        }

        // An assumed hit rate (cache_hit_rate) is a default; a *target* (cache_hit_target) is a requirement the design must state.
        var constant = Behaviours.Is(kind, "cdn") ? Constant("cdn_hit_rate") : Constant("cache_hit_rate");
        return constant ?? new Figure(0.8, "default: 80% hit rate, a common planning figure for a warm cache when the design does not say");
    }

    private Figure? Constant(string key) =>
        problem.NumberConstant(key) is { } value && value > 0 && !double.IsInfinity(value)
            ? new Figure(value, "constant " + key)
            : null;
}
