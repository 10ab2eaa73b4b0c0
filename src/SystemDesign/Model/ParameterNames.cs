namespace SystemDesign.Model;

/// <summary>Names of generic parameters that the model also exposes as typed properties of <see cref="Component"/>.</summary>
public static class ParameterNames
{
    /// <summary>"hit_rate": the fraction of reads a cache or CDN answers itself (<see cref="Component.HitRate"/>).</summary>
    public const string HitRate = "hit_rate";

    /// <summary>"partitions": the partition count of a stream (<see cref="Component.Partitions"/>).</summary>
    public const string Partitions = "partitions";

    /// <summary>"pool_size": database connections one instance of a caller keeps open (<see cref="Component.PoolSize"/>).</summary>
    public const string PoolSize = "pool_size";

    /// <summary>"connection_limit": connections one database instance accepts (<see cref="Component.ConnectionLimit"/>).</summary>
    public const string ConnectionLimit = "connection_limit";

    /// <summary>"hold_time_ms": how long a caller's request holds a database connection (<see cref="Component.HoldTimeMs"/>).</summary>
    public const string HoldTimeMs = "hold_time_ms";
}
