using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace SystemDesign.Model;

/// <summary>
/// One component of an <see cref="Architecture"/>: a named node of a catalog type with the knobs the design set.
/// Every knob is nullable: null means "not set in the design; the engine takes the default from the registry
/// or the problem's constants". Values are stored exactly as the design gave them, even invalid ones;
/// <see cref="Architecture.Validate"/> reports those.
/// </summary>
public sealed partial record Component
{
    private static readonly IReadOnlyDictionary<string, double> NoParameters =
        new ReadOnlyDictionary<string, double>(new SortedDictionary<string, double>(StringComparer.Ordinal));

    private readonly string name;
    private readonly string type;
    private IReadOnlyDictionary<string, double> parameters = NoParameters;

    /// <summary>Creates a component with no knobs set.</summary>
    /// <param name="name">The component's name, unique in its design (null is stored as "").</param>
    /// <param name="type">The catalog type, for example "app" or "quantum_repeater" (null is stored as "").</param>
    public Component(string name, string type)
    {
        this.name = name ?? string.Empty;
        this.type = type ?? string.Empty;
    }

    /// <summary>The component's name, unique in its design; edges refer to components by this name.</summary>
    public string Name { get => name; init => name = value ?? string.Empty; }

    /// <summary>The catalog type name, for example "app", "cache" or "quantum_repeater".</summary>
    public string Type { get => type; init => type = value ?? string.Empty; }

    /// <summary>Number of identical instances (servers, nodes, shards).</summary>
    public int? Instances { get; init; }

    /// <summary>Requests per second one instance can serve.</summary>
    public double? CapacityPerInstance { get; init; }

    /// <summary>Mean time one instance spends on one request, in milliseconds.</summary>
    public double? ServiceTimeMs { get; init; }

    /// <summary>Probability that one instance is up, in (0, 1].</summary>
    public double? Availability { get; init; }

    /// <summary>Price of one instance per hour, in US dollars.</summary>
    public double? HourlyCostUsd { get; init; }

    /// <summary>
    /// Fraction of reads answered by the component itself, in [0, 1] (caches and CDNs).
    /// Stored as the generic parameter "hit_rate", so it also appears in <see cref="Parameters"/>.
    /// </summary>
    public double? HitRate
    {
        get => parameters.TryGetValue(ParameterNames.HitRate, out var value) ? value : null;
        init => parameters = WithParameter(parameters, ParameterNames.HitRate, value);
    }

    /// <summary>
    /// Partition count (streams). Stored as the generic parameter "partitions", so it also appears in
    /// <see cref="Parameters"/>; null when that parameter is absent or not a whole number.
    /// </summary>
    public int? Partitions
    {
        get => WholeParameter(ParameterNames.Partitions);
        init => parameters = WithParameter(parameters, ParameterNames.Partitions, value);
    }

    /// <summary>
    /// Database connections one instance of a caller keeps in its pool (app servers, workers, websocket servers).
    /// Stored as the generic parameter "pool_size"; null when absent or not a whole number.
    /// </summary>
    public int? PoolSize
    {
        get => WholeParameter(ParameterNames.PoolSize);
        init => parameters = WithParameter(parameters, ParameterNames.PoolSize, value);
    }

    /// <summary>
    /// Connections one instance of a database accepts (PostgreSQL's max_connections). Stored as the generic parameter
    /// "connection_limit"; null when absent or not a whole number.
    /// </summary>
    public int? ConnectionLimit
    {
        get => WholeParameter(ParameterNames.ConnectionLimit);
        init => parameters = WithParameter(parameters, ParameterNames.ConnectionLimit, value);
    }

    /// <summary>
    /// Milliseconds one request of a caller holds a database connection (checkout to return). Stored as the generic
    /// parameter "hold_time_ms".
    /// </summary>
    public double? HoldTimeMs
    {
        get => parameters.TryGetValue(ParameterNames.HoldTimeMs, out var value) ? value : null;
        init => parameters = WithParameter(parameters, ParameterNames.HoldTimeMs, value);
    }

    /// <summary>Concurrent connections one instance holds (websocket servers).</summary>
    public int? ConnectionsPerInstance { get; init; }

    /// <summary>Mean time to repair one failed instance, in hours (with <see cref="TimeBetweenFailuresHours"/>, its availability).</summary>
    public double? RepairTimeHours { get; init; }

    /// <summary>Mean time one instance runs between failures, in hours.</summary>
    public double? TimeBetweenFailuresHours { get; init; }

    /// <summary>Availability zone the component is placed in.</summary>
    public string? Zone { get; init; }

    /// <summary>Region the component is placed in.</summary>
    public string? Region { get; init; }

    /// <summary>
    /// Generic parameters by name (ordinal keys, enumerated in ordinal order), including "hit_rate" and
    /// "partitions" when set, so a check such as <c>cache.hit_rate</c> can read any component the same way.
    /// The dictionary is a read-only copy; setting it replaces all parameters, including those two.
    /// </summary>
    public IReadOnlyDictionary<string, double> Parameters
    {
        get => parameters;
        init => parameters = Copy(value);
    }

    /// <summary>
    /// Compares every property exactly; parameters by content, numbers by their bits (<c>-0.0</c> and <c>0.0</c>
    /// print differently in messages, so they are two models for the analyzer's evaluation cache).
    /// </summary>
    /// <param name="other">The component to compare with.</param>
    /// <returns>True when both describe the same component.</returns>
    public bool Equals(Component? other)
    {
        if (other is null
            || !string.Equals(name, other.name, StringComparison.Ordinal)
            || !string.Equals(type, other.type, StringComparison.Ordinal)
            || !ExactValue.SameEntries(parameters, other.parameters, ExactValue.Same))
        {
            return false;
        }

        // The knobs of the table that are not parameters (those were just compared); a new knob is compared by its row.
        foreach (var knob in Knobs.All)
        {
            if (knob.Parameter is null && !ExactValue.Same(knob.Read(this), knob.Read(other)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash consistent with <see cref="Equals(Component)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(name);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(type);
            hash = (hash * 31) + Instances.GetHashCode();
            hash = (hash * 31) + parameters.Count;
            return hash;
        }
    }

    /// <summary>Returns "Name (type)".</summary>
    /// <returns>The component's name and type.</returns>
    public override string ToString() => name + " (" + type + ")";

    private int? WholeParameter(string key) =>
        parameters.TryGetValue(key, out var value) && IsWholeInt32(value) ? (int)value : null;

    internal static bool IsWholeInt32(double value) =>
        value >= int.MinValue && value <= int.MaxValue && Math.Floor(value) == value;

    private static ReadOnlyDictionary<string, double> WithParameter(
        IReadOnlyDictionary<string, double> source, string key, double? value)
    {
        var copy = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var pair in source)
        {
            copy[pair.Key] = pair.Value;
        }

        if (value is { } v)
        {
            copy[key] = v;
        }
        else
        {
            copy.Remove(key);
        }

        return new ReadOnlyDictionary<string, double>(copy);
    }

    private static IReadOnlyDictionary<string, double> Copy(IReadOnlyDictionary<string, double>? source)
    {
        if (source is null || source.Count == 0)
        {
            return NoParameters;
        }

        var copy = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var pair in source)
        {
            copy[pair.Key ?? string.Empty] = pair.Value;
        }

        return new ReadOnlyDictionary<string, double>(copy);
    }
}
