namespace SystemDesign;

/// <summary>Background workers (type "worker"), typically consuming a queue or stream.</summary>
public sealed class WorkerNode : ComputeNode<WorkerNode>
{
    internal WorkerNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }
}
