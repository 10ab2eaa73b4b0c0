using System;
using SystemDesign.Building;

namespace SystemDesign;

/// <summary>The knobs every component has; each returns the same handle so calls chain.</summary>
/// <typeparam name="TSelf">The concrete handle type.</typeparam>
public abstract class Node<TSelf> : Node
    where TSelf : Node<TSelf>
{
    private protected Node(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }

    /// <summary>Sets the number of identical instances (servers, nodes, shards); at least 1 (SD0007).</summary>
    /// <param name="count">The instance count.</param>
    /// <returns>The same handle.</returns>
    public TSelf Instances(int count) => Set(d => d.Instances = count);

    /// <summary>Sets how many requests per second one instance can serve (SD0008 if not positive and finite).</summary>
    /// <param name="requestsPerSecond">Capacity of one instance, in requests per second.</param>
    /// <returns>The same handle.</returns>
    public TSelf CapacityPerInstance(double requestsPerSecond) => Set(d => d.CapacityPerInstance = requestsPerSecond);

    /// <summary>Sets the mean time one instance spends on one request (SD0008 if not positive and finite).</summary>
    /// <param name="milliseconds">Mean service time, in milliseconds.</param>
    /// <returns>The same handle.</returns>
    public TSelf ServiceTime(double milliseconds) => Set(d => d.ServiceTimeMs = milliseconds);

    /// <summary>Sets the probability that one instance is up, in (0, 1], for example 0.999 (SD0010).</summary>
    /// <param name="perInstance">Per-instance availability.</param>
    /// <returns>The same handle.</returns>
    public TSelf Availability(double perInstance) => Set(d => d.Availability = perInstance);

    /// <summary>Sets the price of one instance per hour (SD0008 if not positive and finite).</summary>
    /// <param name="usd">US dollars per instance-hour.</param>
    /// <returns>The same handle.</returns>
    public TSelf HourlyCost(double usd) => Set(d => d.HourlyCostUsd = usd);

    /// <summary>
    /// Sets the mean time to repair one failed instance (detect, replace, warm up), in hours, for example 0.25 for
    /// 15 minutes (SD0008 if not positive and finite). With <see cref="TimeBetweenFailures"/> it decides the instance's
    /// availability, MTBF ÷ (MTBF + MTTR); the registry gives whichever of the two the design leaves out.
    /// <see cref="Availability"/>, when also set, wins.
    /// </summary>
    /// <param name="hours">Mean time to repair, in hours.</param>
    /// <returns>The same handle.</returns>
    public TSelf RepairTime(double hours) => Set(d => d.RepairTimeHours = hours);

    /// <summary>
    /// Sets the mean time one instance runs between failures, in hours, for example 4380 for twice a year (SD0008 if
    /// not positive and finite). With <see cref="RepairTime"/> it decides the instance's availability.
    /// </summary>
    /// <param name="hours">Mean time between failures, in hours.</param>
    /// <returns>The same handle.</returns>
    public TSelf TimeBetweenFailures(double hours) => Set(d => d.TimeBetweenFailuresHours = hours);

    /// <summary>Places the component in an availability zone, for example "us-east-1a".</summary>
    /// <param name="zone">The zone name.</param>
    /// <returns>The same handle.</returns>
    public TSelf Zone(string zone) => Set(d => d.Zone = zone);

    /// <summary>Places the component in a region, for example "us-east-1".</summary>
    /// <param name="region">The region name.</param>
    /// <returns>The same handle.</returns>
    public TSelf Region(string region) => Set(d => d.Region = region);

    /// <summary>
    /// Sets a generic parameter by its catalog name, for example "hit_rate" on an exotic caching type.
    /// "hit_rate" and "partitions" are the same values <c>HitRate</c> and <c>Partitions</c> set. The last call wins.
    /// </summary>
    /// <param name="name">The parameter name, as the catalog spells it.</param>
    /// <param name="value">The value (SD0017 if not finite).</param>
    /// <returns>The same handle.</returns>
    public TSelf Parameter(string name, double value) => SetParameter(name ?? string.Empty, value);

    private protected TSelf SetParameter(string name, double value) => Set(d => d.SetParameter(name, value));

    // Every knob method is one change to the component's draft and the same handle back, so calls chain.
    private protected TSelf Set(Action<ComponentDraft> change)
    {
        change(Draft);
        return (TSelf)this;
    }
}
