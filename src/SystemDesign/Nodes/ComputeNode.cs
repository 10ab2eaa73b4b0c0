using SystemDesign.Model;

namespace SystemDesign;

/// <summary>Compute components (app servers, workers, websocket servers, any catalog type): they call, read, write, publish and consume.</summary>
/// <typeparam name="TSelf">The concrete handle type.</typeparam>
public abstract class ComputeNode<TSelf> : Node<TSelf>
    where TSelf : ComputeNode<TSelf>
{
    private protected ComputeNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }

    /// <summary>Sends this component's requests to <paramref name="target"/> synchronously (kind Calls). With several Calls edges the traffic is split by <see cref="Edge.Weight"/> (even by default).</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge Calls(Node target) => Connect(target, ConnectionKind.Calls);

    /// <summary>Sends this component's reads to <paramref name="target"/> (kind Reads). From a cache or CDN, only the misses go on.</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge Reads(Node target) => Connect(target, ConnectionKind.Reads);

    /// <summary>Sends this component's writes to <paramref name="target"/> (kind Writes).</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge Writes(Node target) => Connect(target, ConnectionKind.Writes);

    /// <summary>Publishes messages asynchronously into the queue or stream <paramref name="target"/> (kind Publishes).</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge Publishes(Node target) => Connect(target, ConnectionKind.Publishes);

    /// <summary>Consumes messages from the queue or stream <paramref name="source"/> (kind Consumes). The model's edge points the way messages flow: from <paramref name="source"/> to this component.</summary>
    /// <param name="source">The queue or stream to consume.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge Consumes(Node source) => Connect(source, ConnectionKind.Consumes);

    /// <summary>
    /// Sets how many database connections each instance keeps in its pool, a whole number of at least 1 (SD0016), for
    /// example 10 (HikariCP's default). Every database this component reads or writes is reached through a pool of this
    /// size; the engine checks the pools against the database's <c>ConnectionLimit</c> (SD7008) and against the
    /// concurrency Little's law asks for (SD7009).
    /// </summary>
    /// <param name="size">Connections per instance of this component.</param>
    /// <returns>The same handle.</returns>
    public TSelf ConnectionPool(int size) => SetParameter(ParameterNames.PoolSize, size);

    /// <summary>
    /// Sets how long one request holds a database connection, from checkout to return, in milliseconds (SD0008 if not
    /// positive and finite), for example 5. The default is the database's service time; a transaction kept open across
    /// a slow external call holds it for that call too.
    /// </summary>
    /// <param name="milliseconds">Mean hold time per request, in milliseconds.</param>
    /// <returns>The same handle.</returns>
    public TSelf ConnectionHoldTime(double milliseconds) => SetParameter(ParameterNames.HoldTimeMs, milliseconds);

    /// <summary>
    /// Serves requests in batches of <paramref name="count"/>, a whole number ≥ 1 (SD0017 otherwise), for example 8 for
    /// batched inference: one batch takes its service time, so an instance serves up to count ÷ service time, and a
    /// request waits for its batch to fill (docs/engine.md, "Batching"). Meaningful on workers and app servers.
    /// </summary>
    /// <param name="count">Requests per batch.</param>
    /// <returns>The same handle.</returns>
    public TSelf BatchSize(int count) => SetParameter(ParameterNames.BatchSize, count);
}
