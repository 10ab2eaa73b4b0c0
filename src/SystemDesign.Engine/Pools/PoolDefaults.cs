namespace SystemDesign.Engine.Pools;

/// <summary>
/// What the engine takes for a pool knob the design leaves out, once a design models pools (docs/components.md,
/// "Connection-pool defaults"). The hold time's default, the database's service time, is not a constant.
/// </summary>
internal static class PoolDefaults
{
    /// <summary>10 connections per caller instance: HikariCP's default maximumPoolSize (and node-postgres's max).</summary>
    public const int PoolSize = 10;

    /// <summary>Where <see cref="PoolSize"/> comes from, as reports and messages say it.</summary>
    public const string PoolSizeSource = "default: HikariCP's maximumPoolSize of 10";

    /// <summary>100 connections per database instance: PostgreSQL's default max_connections.</summary>
    public const int ConnectionLimit = 100;

    /// <summary>Where <see cref="ConnectionLimit"/> comes from.</summary>
    public const string ConnectionLimitSource = "default: PostgreSQL's max_connections of 100";
}
