using SystemDesign.Model;

namespace SystemDesign;

/// <summary>A partitioned stream (type "stream"): producers Publish to it and consumers Consume it.</summary>
public sealed class StreamNode : Node<StreamNode>
{
    internal StreamNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }

    /// <summary>Sets the partition count, a whole number of at least 1, for example 12 (SD0012).</summary>
    /// <param name="count">The number of partitions.</param>
    /// <returns>The same handle.</returns>
    public StreamNode Partitions(int count) => SetParameter(ParameterNames.Partitions, count);

    /// <summary>
    /// Parks messages that keep failing in a dead-letter queue instead of redelivering them forever (SD7012 names a
    /// consumed stream without one). Off by default, as brokers ship.
    /// </summary>
    /// <returns>The same handle.</returns>
    public StreamNode DeadLetterQueue() => SetParameter(ParameterNames.DeadLetterQueue, 1);

    /// <summary>
    /// Sets the share of messages that carry the busiest key, in (0, 1], for example 0.2 (SD0017 outside it). All of
    /// one key's messages go to one partition, so that partition receives max(λ ÷ partitions, share × λ) (SD7014).
    /// </summary>
    /// <param name="fraction">The busiest key's share of messages.</param>
    /// <returns>The same handle.</returns>
    public StreamNode HotKeyShare(double fraction) => SetParameter(ParameterNames.HotKeyShare, fraction);
}
