namespace SystemDesign;

/// <summary>Application servers (type "app").</summary>
public sealed class AppNode : ComputeNode<AppNode>
{
    internal AppNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }
}
