using SystemDesign.Model;

namespace SystemDesign;

/// <summary>A message queue (type "queue"): producers Publish to it and consumers Consume it, so it declares no edges of its own (ConnectsTo aside).</summary>
public sealed class QueueNode : Node<QueueNode>
{
    internal QueueNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }

    /// <summary>
    /// Parks messages that keep failing in a dead-letter queue instead of redelivering them forever (SD7012 names a
    /// consumed queue without one). Off by default, as brokers ship.
    /// </summary>
    /// <returns>The same handle.</returns>
    public QueueNode DeadLetterQueue() => SetParameter(ParameterNames.DeadLetterQueue, 1);
}
