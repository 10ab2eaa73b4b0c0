namespace SystemDesign.Model;

/// <summary>What flows along a <see cref="Connection"/>.</summary>
public enum ConnectionKind
{
    /// <summary>
    /// A plain edge (<c>ConnectsTo</c>). The design does not say what flows; the engine derives the meaning
    /// from the types at the two ends (for example app → cache means reads, queue → worker means consumes).
    /// </summary>
    Default,

    /// <summary>Synchronous requests: the source sends its traffic to the target and waits for the answer.</summary>
    Calls,

    /// <summary>Reads: the source sends its read traffic to the target (for a cache, its misses go on).</summary>
    Reads,

    /// <summary>Writes: the source sends its write traffic to the target.</summary>
    Writes,

    /// <summary>Asynchronous messages from a producer into a queue or stream.</summary>
    Publishes,

    /// <summary>
    /// A consumer takes messages from a queue or stream. The edge points from the queue or stream
    /// (<see cref="Connection.From"/>) to the consumer (<see cref="Connection.To"/>), the direction messages flow.
    /// </summary>
    Consumes,

    /// <summary>Replication from a primary (or any data store) to a copy of it.</summary>
    Replicates,
}
