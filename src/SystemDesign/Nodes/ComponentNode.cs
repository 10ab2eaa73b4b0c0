using SystemDesign.Model;

namespace SystemDesign;

/// <summary>A component of any catalog type, placed by name; it offers every edge kind, and type-specific settings go through Parameter.</summary>
public sealed class ComponentNode : ComputeNode<ComponentNode>
{
    internal ComponentNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }

    /// <summary>Replicates this data store's writes to the copy <paramref name="target"/> (kind Replicates), for example <c>primary.ReplicatesTo(replica)</c>.</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge ReplicatesTo(Node target) => Connect(target, ConnectionKind.Replicates);

    /// <summary>
    /// Sets how many connections each instance of this database accepts, a whole number of at least 1 (SD0016), for
    /// example 100 (PostgreSQL's default max_connections). The pools of every caller must fit under it (SD7008).
    /// </summary>
    /// <param name="max">Connections per instance of this database.</param>
    /// <returns>The same handle.</returns>
    public ComponentNode ConnectionLimit(int max) => SetParameter(ParameterNames.ConnectionLimit, max);

    /// <summary>
    /// States the fraction of each request class its role emits that this client sends, in (0, 1], for example 0.7
    /// for the mobile apps' 70% (SD0017 outside it). Clients that state none share what the stated shares leave; shares
    /// that do not add up to the whole are SD2009.
    /// </summary>
    /// <param name="fraction">This client's share of its role's requests.</param>
    /// <returns>The same handle.</returns>
    public ComponentNode WorkloadShare(double fraction) => SetParameter(ParameterNames.WorkloadShare, fraction);

    /// <summary>
    /// States the requests per second this client sends at the problem's target rate, of the classes its role emits,
    /// for example 10000 for the analysts' queries (SD0008 unless positive). It scales with the peak like the rest of
    /// the workload; a rate above the problem's is SD2009.
    /// </summary>
    /// <param name="requestsPerSecond">This client's requests per second at the target rate.</param>
    /// <returns>The same handle.</returns>
    public ComponentNode RequestRate(double requestsPerSecond) => SetParameter(ParameterNames.RequestRate, requestsPerSecond);
}
