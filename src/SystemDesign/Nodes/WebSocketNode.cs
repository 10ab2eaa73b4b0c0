namespace SystemDesign;

/// <summary>Websocket servers holding long-lived connections (type "websocket").</summary>
public sealed class WebSocketNode : ComputeNode<WebSocketNode>
{
    internal WebSocketNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }

    /// <summary>Sets how many concurrent connections one instance holds, at least 1 (SD0016).</summary>
    /// <param name="count">Connections per instance.</param>
    /// <returns>The same handle.</returns>
    public WebSocketNode ConnectionsPerInstance(int count) => Set(d => d.ConnectionsPerInstance = count);
}
