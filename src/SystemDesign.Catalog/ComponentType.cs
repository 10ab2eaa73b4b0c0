using System.Collections.Generic;
using System.Linq;

namespace SystemDesign.Catalog;

/// <summary>
/// A behaviour kind: what a component does with traffic (a client emits it, a cache absorbs its hit rate,
/// a primary takes writes...). Every component type maps to exactly one kind.
/// </summary>
/// <param name="Id">The kind's id, e.g. <c>compute</c> or <c>cache</c>.</param>
/// <param name="Description">What components of this kind do.</param>
/// <param name="OnRequestPath">False for observability and other components that requests never wait on.</param>
/// <param name="Defaults">Per-instance defaults for types of this kind.</param>
public sealed record ComponentKind(string Id, string Description, bool OnRequestPath, ComponentDefaults Defaults);

/// <summary>Per-instance figures, each with the source it comes from; null where a figure does not apply.</summary>
public sealed record ComponentDefaults
{
    /// <summary>No figures.</summary>
    public static ComponentDefaults None { get; } = new();

    /// <summary>Requests per second one instance serves.</summary>
    public Sourced? CapacityRps { get; init; }

    /// <summary>Mean service time of one request, in milliseconds.</summary>
    public Sourced? ServiceTimeMs { get; init; }

    /// <summary>Availability of one instance (0..1].</summary>
    public Sourced? Availability { get; init; }

    /// <summary>On-demand price of one instance per hour, in USD.</summary>
    public Sourced? HourlyCostUsd { get; init; }

    /// <summary>Concurrent connections one instance holds (connection-holding kinds only).</summary>
    public Sourced? CapacityConnections { get; init; }

    /// <summary>USD per million requests routed through the component, charged on top of the hourly price (CDN, load balancer).</summary>
    public Sourced? UsdPerMillionRequests { get; init; }

    /// <summary>These defaults with every figure that <paramref name="overrides"/> sets replaced.</summary>
    public ComponentDefaults With(ComponentDefaults overrides) => Pick(overrides, (mine, theirs) => theirs ?? mine);

    /// <summary>These defaults without every figure that <paramref name="own"/> sets: what a type inherits from its kind.</summary>
    public ComponentDefaults Without(ComponentDefaults own) => Pick(own, (mine, theirs) => theirs is null ? mine : null);

    // Figure by figure from these defaults and <paramref name="other"/>: a new figure is one line here, not one per merge.
    private ComponentDefaults Pick(ComponentDefaults other, System.Func<Sourced?, Sourced?, Sourced?> pick) => new()
    {
        CapacityRps = pick(CapacityRps, other.CapacityRps),
        ServiceTimeMs = pick(ServiceTimeMs, other.ServiceTimeMs),
        Availability = pick(Availability, other.Availability),
        HourlyCostUsd = pick(HourlyCostUsd, other.HourlyCostUsd),
        CapacityConnections = pick(CapacityConnections, other.CapacityConnections),
        UsdPerMillionRequests = pick(UsdPerMillionRequests, other.UsdPerMillionRequests),
    };
}

/// <summary>An entry of the component-type registry as written in <c>catalog/components.json</c>.</summary>
/// <param name="Type">The type name problems use, e.g. <c>app</c> or <c>quantum_repeater</c>.</param>
/// <param name="Kind">The kind id; null for an alias.</param>
/// <param name="AliasOf">The canonical type this name stands for (e.g. <c>redirect_client</c> → <c>client</c>), or null.</param>
/// <param name="Title">A human title.</param>
/// <param name="Description">One line on what it is.</param>
/// <param name="Defaults">Per-type figures that replace the kind's defaults.</param>
public sealed record ComponentTypeEntry(
    string Type, string? Kind, string? AliasOf, string Title, string? Description, ComponentDefaults Defaults)
{
    /// <summary>
    /// The share of the workload a client type emits (<c>"emits"</c> in the registry); null when the entry does not
    /// say, so an alias takes its target's and a canonical client emits everything.
    /// </summary>
    public ClientRole? Emits { get; init; }

    /// <summary>
    /// True when the entry's figures are placeholders (<c>"figures": "placeholder"</c> in the registry): it inherits its
    /// kind's generic figures, which no source measured for this type. docs/components.md, "Placeholder figures".
    /// </summary>
    public bool PlaceholderFigures { get; init; }

    /// <summary>
    /// For a link type, the place off the Earth a call through it crosses to and back (<c>"crosses"</c>: "leo", "geo",
    /// "moon", "mars"; <see cref="SpacePlaces"/>); null for a link on the ground. docs/components.md, "Space links".
    /// </summary>
    public string? Crosses { get; init; }
}

/// <summary>A component type with its alias resolved and its kind's defaults merged in.</summary>
/// <param name="Type">The name as used.</param>
/// <param name="CanonicalType">The type it stands for (itself unless an alias).</param>
/// <param name="Kind">Its behaviour kind.</param>
/// <param name="Title">A human title.</param>
/// <param name="Defaults">The effective per-instance defaults.</param>
public sealed record ResolvedComponentType(
    string Type, string CanonicalType, ComponentKind Kind, string Title, ComponentDefaults Defaults)
{
    /// <summary>The share of the workload a client of this type emits (<see cref="ClientRole.All"/> unless the registry says).</summary>
    public ClientRole Emits { get; init; }

    /// <summary>
    /// The figures of <see cref="Defaults"/> that are placeholders: those a type marked <c>"figures": "placeholder"</c>
    /// (itself or its alias target) inherits from its kind; <see cref="ComponentDefaults.None"/> for a sourced type.
    /// Figures the entry sets itself carry their own source and are never placeholders.
    /// </summary>
    public ComponentDefaults Placeholders { get; init; } = ComponentDefaults.None;

    /// <summary>The place off the Earth a call through this link crosses to and back (its alias target's when an alias); null for most types.</summary>
    public SpacePlace? Crosses { get; init; }
}

/// <summary>The registry of every component type the catalog knows, and the kinds they map to.</summary>
public sealed class ComponentRegistry
{
    private readonly Dictionary<string, ComponentKind> kindsById;
    private readonly Dictionary<string, ComponentTypeEntry> typesByName;
    private readonly Dictionary<string, ResolvedComponentType> resolved;

    internal ComponentRegistry(
        Sourced headroom, Sourced hoursPerMonth, IReadOnlyList<ComponentKind> kinds, IReadOnlyList<ComponentTypeEntry> types)
    {
        Headroom = headroom;
        HoursPerMonth = hoursPerMonth;
        Kinds = kinds;
        Types = types;
        kindsById = LastByKey(kinds, k => k.Id);
        typesByName = LastByKey(types, t => t.Type);

        // Resolve eagerly: the registry is immutable afterwards and safe to share across threads.
        resolved = LastByKey(types.Select(TryResolveEntry).OfType<ResolvedComponentType>(), r => r.Type);
    }

    // By name, a later entry of the same name in place of an earlier one.
    private static Dictionary<string, T> LastByKey<T>(IEnumerable<T> items, System.Func<T, string> key) =>
        items.GroupBy(key, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), System.StringComparer.Ordinal);

    /// <summary>The capacity margin the catalog's tutorials teach: capacity ≥ headroom × load.</summary>
    public Sourced Headroom { get; }

    /// <summary>Hours in a billing month.</summary>
    public Sourced HoursPerMonth { get; }

    /// <summary>
    /// Mean hours to repair a failed instance (detect, replace, warm up), the figure a design's <c>TimeBetweenFailures</c>
    /// or <c>RepairTime</c> is completed with; null when the registry does not say.
    /// </summary>
    public Sourced? RepairTimeHours { get; init; }

    /// <summary>Every kind, in registry order.</summary>
    public IReadOnlyList<ComponentKind> Kinds { get; }

    /// <summary>Every type entry, in registry order (ordinal by name).</summary>
    public IReadOnlyList<ComponentTypeEntry> Types { get; }

    /// <summary>True when the registry knows the type name (directly or as an alias).</summary>
    public bool Contains(string type) => typesByName.ContainsKey(type);

    /// <summary>
    /// The registry's name nearest to an unknown <paramref name="type"/> by edit distance (case-insensitive, ties by
    /// ordinal name), or null when none is within a third of its length (at least 2 edits): a typo gets its fix
    /// ("db_primay" → "db_primary"), an unrelated name no misleading guess. Names longer than
    /// <see cref="EditDistance.MaxSuggestedLength"/> get none, so the cost stays bounded per keystroke.
    /// </summary>
    /// <param name="type">A type name the registry does not know.</param>
    /// <returns>The suggestion, or null.</returns>
    public string? SuggestType(string type)
    {
        if (string.IsNullOrWhiteSpace(type) || type.Length > EditDistance.MaxSuggestedLength)
        {
            return null;
        }

        var typed = type.ToLowerInvariant();
        var (best, distance) = typesByName.Keys.Select(name => (Name: name, Distance: EditDistance.Between(typed, name)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, System.StringComparer.Ordinal).FirstOrDefault();
        return distance <= System.Math.Max(2, type.Length / 3) ? best : null;
    }

    /// <summary>The kind with this id, or null.</summary>
    public ComponentKind? FindKind(string id) => kindsById.TryGetValue(id, out var kind) ? kind : null;

    /// <summary>The type with aliases resolved and defaults merged, or null for an unknown type.</summary>
    public ResolvedComponentType? Resolve(string type) => resolved.TryGetValue(type, out var r) ? r : null;

    /// <summary>True when both names stand for the same canonical type (e.g. <c>redirect_client</c> and <c>client</c>).</summary>
    public bool AreSameType(string a, string b) =>
        string.Equals(a, b, System.StringComparison.Ordinal)
        || (Resolve(a) is { } ra && Resolve(b) is { } rb && string.Equals(ra.CanonicalType, rb.CanonicalType, System.StringComparison.Ordinal));

    /// <summary>
    /// True when a component of <paramref name="designType"/> meets a tier requirement naming
    /// <paramref name="requiredType"/>. Aliases keep their identity: both must stand for the same canonical type, and
    /// an alias required by name is met by itself or by its canonical type, never by a sibling alias
    /// ("Must have connection from: create_client" is met by a create_client or a client, not a redirect_client).
    /// </summary>
    public bool Meets(string designType, string requiredType)
    {
        if (string.Equals(designType, requiredType, System.StringComparison.Ordinal))
        {
            return true;
        }

        if (Resolve(designType) is not { } design || Resolve(requiredType) is not { } required
            || !string.Equals(design.CanonicalType, required.CanonicalType, System.StringComparison.Ordinal))
        {
            return false;
        }

        var requiredIsAlias = !string.Equals(required.Type, required.CanonicalType, System.StringComparison.Ordinal);
        var designIsAlias = !string.Equals(design.Type, design.CanonicalType, System.StringComparison.Ordinal);
        return !(requiredIsAlias && designIsAlias);
    }

    private ResolvedComponentType? TryResolveEntry(ComponentTypeEntry entry)
    {
        var canonical = entry;
        var defaults = entry.Defaults;
        var emits = entry.Emits;
        var placeholder = entry.PlaceholderFigures;
        var crosses = entry.Crosses;

        // Aliases are one level deep by validation; the bound guards against a cycle in bad data.
        for (var hops = 0; canonical.AliasOf is { } target && hops < 8; hops++)
        {
            if (!typesByName.TryGetValue(target, out var next))
            {
                return null;
            }

            defaults = next.Defaults.With(defaults);
            emits ??= next.Emits;
            placeholder |= next.PlaceholderFigures;
            crosses ??= next.Crosses;
            canonical = next;
        }

        if (canonical.Kind is not { } kindId || !kindsById.TryGetValue(kindId, out var kind))
        {
            return null;
        }

        return new ResolvedComponentType(entry.Type, canonical.Type, kind, entry.Title, kind.Defaults.With(defaults))
        {
            Emits = emits ?? ClientRole.All,
            Placeholders = placeholder ? kind.Defaults.Without(defaults) : ComponentDefaults.None,
            Crosses = crosses is null ? null : SpacePlaces.Find(crosses),
        };
    }
}
