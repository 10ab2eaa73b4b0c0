using SystemDesign.Model;

namespace SystemDesign;

/// <summary>An API gateway (type "api_gateway"): it routes its traffic over its Calls edges.</summary>
public sealed class ApiGatewayNode : Node<ApiGatewayNode>
{
    internal ApiGatewayNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }

    /// <summary>Sends this component's requests to <paramref name="target"/> synchronously (kind Calls). With several Calls edges the traffic is split by <see cref="Edge.Weight"/> (even by default).</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge Calls(Node target) => Connect(target, ConnectionKind.Calls);
}
