namespace SystemDesign;

/// <summary>A message queue (type "queue"): producers Publish to it and consumers Consume it, so it declares no edges of its own (ConnectsTo aside).</summary>
public sealed class QueueNode : Node<QueueNode>
{
    internal QueueNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }
}
