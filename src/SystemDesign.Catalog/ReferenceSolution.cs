using System.Collections.Generic;

namespace SystemDesign.Catalog;

/// <summary>The export's reference solution: components by name and type, and the edges between them.</summary>
public sealed record ReferenceSolution(
    string Summary,
    IReadOnlyList<ReferenceComponent> Components,
    IReadOnlyList<ReferenceConnection> Connections)
{
    /// <summary>
    /// How the reference solution replicates its databases, when its summary says (normalised at import from the
    /// summary's words, e.g. "Raft", so nothing downstream reads the summary); null when it does not say.
    /// </summary>
    public ReplicationClaim? Replication { get; init; }
}

/// <summary>How a reference solution replicates its databases: the typed model and the clause it was read from.</summary>
/// <param name="Model">The model.</param>
/// <param name="Source">Where it is stated, e.g. <c>reference solution: "Each region has 5-node Raft cluster for consensus"</c>.</param>
public sealed record ReplicationClaim(ReplicationModel Model, string Source);

/// <summary>A replication model a reference solution can state.</summary>
public enum ReplicationModel
{
    /// <summary>
    /// A consensus group (Raft, Paxos): a follower is elected leader when the leader fails, instead of a standby being
    /// promoted.
    /// </summary>
    Consensus,
}

/// <summary>A component of a reference solution (the export gives no instance counts).</summary>
/// <param name="Name">Its name, unique in the solution.</param>
/// <param name="Type">Its type as written (an alias such as <c>redirect_client</c> keeps its identity).</param>
public sealed record ReferenceComponent(string Name, string Type)
{
    /// <summary>
    /// A client's stated share of the request classes its role emits, in (0, 1], where the problem's text states one
    /// (multi-protocol-gateway: REST 70%); the design knob <c>WorkloadShare</c>. Null where nothing is stated.
    /// </summary>
    public double? WorkloadShare { get; init; }

    /// <summary>A client's stated requests per second at the target rate (the design knob <c>RequestRate</c>); null where none is stated.</summary>
    public double? RequestRate { get; init; }
}

/// <summary>An edge of a reference solution, by component name.</summary>
public sealed record ReferenceConnection(string From, string To);
