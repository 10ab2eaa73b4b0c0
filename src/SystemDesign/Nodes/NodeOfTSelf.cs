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
    public TSelf Instances(int count)
    {
        Draft.Instances = count;
        return (TSelf)this;
    }

    /// <summary>Sets how many requests per second one instance can serve (SD0008 if not positive and finite).</summary>
    /// <param name="requestsPerSecond">Capacity of one instance, in requests per second.</param>
    /// <returns>The same handle.</returns>
    public TSelf CapacityPerInstance(double requestsPerSecond)
    {
        Draft.CapacityPerInstance = requestsPerSecond;
        return (TSelf)this;
    }

    /// <summary>Sets the mean time one instance spends on one request (SD0008 if not positive and finite).</summary>
    /// <param name="milliseconds">Mean service time, in milliseconds.</param>
    /// <returns>The same handle.</returns>
    public TSelf ServiceTime(double milliseconds)
    {
        Draft.ServiceTimeMs = milliseconds;
        return (TSelf)this;
    }

    /// <summary>Sets the probability that one instance is up, in (0, 1], for example 0.999 (SD0010).</summary>
    /// <param name="perInstance">Per-instance availability.</param>
    /// <returns>The same handle.</returns>
    public TSelf Availability(double perInstance)
    {
        Draft.Availability = perInstance;
        return (TSelf)this;
    }

    /// <summary>Sets the price of one instance per hour (SD0008 if not positive and finite).</summary>
    /// <param name="usd">US dollars per instance-hour.</param>
    /// <returns>The same handle.</returns>
    public TSelf HourlyCost(double usd)
    {
        Draft.HourlyCostUsd = usd;
        return (TSelf)this;
    }

    /// <summary>
    /// Sets the mean time to repair one failed instance (detect, replace, warm up), in hours, for example 0.25 for
    /// 15 minutes (SD0008 if not positive and finite). With <see cref="TimeBetweenFailures"/> it decides the instance's
    /// availability, MTBF ÷ (MTBF + MTTR); the registry gives whichever of the two the design leaves out.
    /// <see cref="Availability"/>, when also set, wins.
    /// </summary>
    /// <param name="hours">Mean time to repair, in hours.</param>
    /// <returns>The same handle.</returns>
    public TSelf RepairTime(double hours)
    {
        Draft.RepairTimeHours = hours;
        return (TSelf)this;
    }

    /// <summary>
    /// Sets the mean time one instance runs between failures, in hours, for example 4380 for twice a year (SD0008 if
    /// not positive and finite). With <see cref="RepairTime"/> it decides the instance's availability.
    /// </summary>
    /// <param name="hours">Mean time between failures, in hours.</param>
    /// <returns>The same handle.</returns>
    public TSelf TimeBetweenFailures(double hours)
    {
        Draft.TimeBetweenFailuresHours = hours;
        return (TSelf)this;
    }

    /// <summary>Places the component in an availability zone, for example "us-east-1a".</summary>
    /// <param name="zone">The zone name.</param>
    /// <returns>The same handle.</returns>
    public TSelf Zone(string zone)
    {
        Draft.Zone = zone;
        return (TSelf)this;
    }

    /// <summary>Places the component in a region, for example "us-east-1".</summary>
    /// <param name="region">The region name.</param>
    /// <returns>The same handle.</returns>
    public TSelf Region(string region)
    {
        Draft.Region = region;
        return (TSelf)this;
    }

    /// <summary>
    /// Sets a generic parameter by its catalog name, for example "hit_rate" on an exotic caching type.
    /// "hit_rate" and "partitions" are the same values <c>HitRate</c> and <c>Partitions</c> set. The last call wins.
    /// </summary>
    /// <param name="name">The parameter name, as the catalog spells it.</param>
    /// <param name="value">The value (SD0017 if not finite).</param>
    /// <returns>The same handle.</returns>
    public TSelf Parameter(string name, double value)
    {
        Draft.SetParameter(name ?? string.Empty, value);
        return (TSelf)this;
    }

    private protected TSelf SetParameter(string name, double value)
    {
        Draft.SetParameter(name, value);
        return (TSelf)this;
    }

    private protected TSelf SetConnectionsPerInstance(int count)
    {
        Draft.ConnectionsPerInstance = count;
        return (TSelf)this;
    }
}
