using SystemDesign.Model;

namespace SystemDesign;

/// <summary>A client (type "client"), the source of the workload: it calls, reads or writes.</summary>
public sealed class ClientNode : Node<ClientNode>
{
    internal ClientNode(ArchitectureBuilder builder, int index)
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

    /// <summary>
    /// States the fraction of each request class its role emits that this client sends, in (0, 1], for example 0.7
    /// for the mobile apps' 70% (SD0017 outside it). Clients that state none share what the stated shares leave; shares
    /// that do not add up to the whole are SD2009.
    /// </summary>
    /// <param name="fraction">This client's share of its role's requests.</param>
    /// <returns>The same handle.</returns>
    public ClientNode WorkloadShare(double fraction) => SetParameter(ParameterNames.WorkloadShare, fraction);

    /// <summary>
    /// States the requests per second this client sends at the problem's target rate, of the classes its role emits,
    /// for example 10000 for the analysts' queries (SD0008 unless positive). It scales with the peak like the rest of
    /// the workload; a rate above the problem's is SD2009.
    /// </summary>
    /// <param name="requestsPerSecond">This client's requests per second at the target rate.</param>
    /// <returns>The same handle.</returns>
    public ClientNode RequestRate(double requestsPerSecond) => SetParameter(ParameterNames.RequestRate, requestsPerSecond);
}
