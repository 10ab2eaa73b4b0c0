namespace SystemDesign.Engine.Flow;

/// <summary>What an edge carries once its kind (or, for a plain edge, the kinds at its ends) is read.</summary>
internal enum EdgeRole
{
    /// <summary>Reads and writes (a call).</summary>
    Request,

    /// <summary>Reads only.</summary>
    Reads,

    /// <summary>Writes only.</summary>
    Writes,

    /// <summary>A plain edge to a primary: writes, and reads too when the caller has no other place to read from.</summary>
    PrimaryStore,

    /// <summary>A service consulting a cache before its stores (cache-aside): reads only.</summary>
    LookAside,

    /// <summary>Messages published to a queue or stream (the writes of the caller).</summary>
    Publish,

    /// <summary>A consumer reading a queue or stream; edge direction is queue → consumer.</summary>
    Consume,

    /// <summary>A primary shipping its writes to a replica.</summary>
    Replication,

    /// <summary>
    /// A caller's edge to a primary's standby (a primary fed by replication): the failover path, which carries nothing
    /// while the primary is up; the standby applies the writes it is replicated and serves none.
    /// </summary>
    Standby,

    /// <summary>Telemetry to an observability component: off the request path.</summary>
    Telemetry,
}
