namespace SystemDesign.Engine.Math;

/// <summary>
/// A connection pool as a queue: requests arrive at λ per second per caller instance and each holds a connection for
/// h seconds. Little's law gives the connections busy on average, L = λ·h (Little 1961); waiting for a connection is
/// an M/M/c queue whose c servers are the pool's connections and whose service time is the hold time (Gross &amp;
/// Harris, §2.3), so the engine's Erlang C primitives give the wait. Sources: docs/engine.md, "Connection pools".
/// </summary>
public static class ConnectionPool
{
    /// <summary>Little's law, L = λ·h: the connections a caller instance's requests hold at once on average.</summary>
    /// <param name="arrivalRate">λ, requests per second per caller instance that use the pool.</param>
    /// <param name="holdSeconds">h, seconds a request holds a connection.</param>
    /// <returns>The mean number of connections in use.</returns>
    public static double Concurrency(double arrivalRate, double holdSeconds) => arrivalRate * holdSeconds;

    /// <summary>The pool's utilization ρ = L ÷ c; at 1 or more the wait for a connection grows without bound.</summary>
    /// <param name="arrivalRate">λ, requests per second per caller instance.</param>
    /// <param name="holdSeconds">h, seconds a request holds a connection.</param>
    /// <param name="poolSize">c, connections in the pool.</param>
    /// <returns>ρ.</returns>
    public static double Utilization(double arrivalRate, double holdSeconds, int poolSize) =>
        Concurrency(arrivalRate, holdSeconds) / poolSize;

    /// <summary>
    /// The M/M/c queue of requests waiting for a connection: λ, μ = 1/h, c = the pool size. Its
    /// <see cref="MmcQueue.MeanWaitingTime"/> is the mean wait for a connection, C(c, L)·h ÷ (c − L); null when an input
    /// is out of range (a non-positive hold time or pool).
    /// </summary>
    /// <param name="arrivalRate">λ, requests per second per caller instance.</param>
    /// <param name="holdSeconds">h, seconds a request holds a connection.</param>
    /// <param name="poolSize">c, connections in the pool.</param>
    /// <returns>The queue (possibly unstable), or null.</returns>
    public static MmcQueue? Queue(double arrivalRate, double holdSeconds, int poolSize) =>
        holdSeconds > 0 ? MmcQueue.TryCreate(arrivalRate, 1 / holdSeconds, poolSize, out _) : null;
}
