using SystemDesign.Model;

namespace SystemDesign;

/// <summary>A load balancer (type "lb"): it splits its traffic over its Calls edges.</summary>
public sealed class LoadBalancerNode : Node<LoadBalancerNode>
{
    internal LoadBalancerNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }

    /// <summary>Sends this component's requests to <paramref name="target"/> synchronously (kind Calls). With several Calls edges the traffic is split by <see cref="Edge.Weight"/> (even by default).</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge Calls(Node target) => Connect(target, ConnectionKind.Calls);
}
