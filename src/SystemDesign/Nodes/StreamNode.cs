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
}
