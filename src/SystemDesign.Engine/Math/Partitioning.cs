using System;

namespace SystemDesign.Engine.Math;

/// <summary>
/// How a keyed stream spreads its messages (docs/engine.md, "Hot keys"). A producer's partitioner sends every message
/// of one key to one partition (Kafka's default partitioner: murmur2(key) mod partitions, Apache Kafka documentation,
/// "Producer Configs", <c>partitioner.class</c>), and a consumer group assigns each partition to exactly one of its
/// consumers, so consumers beyond the partition count sit idle (Apache Kafka documentation, "Consumers": "each
/// partition in the topic is consumed by exactly one consumer in the group"). With keys hashed evenly each partition
/// receives λ ÷ P; a key that carries the share s of all messages puts at least s × λ on its one partition.
/// </summary>
public static class Partitioning
{
    /// <summary>
    /// Messages per second on the busiest partition: max(λ ÷ <paramref name="partitions"/>, <paramref name="hotKeyShare"/> × λ).
    /// </summary>
    /// <param name="messagesPerSecond">λ, messages per second into the stream, finite and ≥ 0.</param>
    /// <param name="partitions">P, the partition count, ≥ 1.</param>
    /// <param name="hotKeyShare">s, the busiest key's share of messages, in [0, 1] (0: keys spread evenly).</param>
    /// <returns>The busiest partition's rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An input is outside its range.</exception>
    public static double BusiestPartitionRate(double messagesPerSecond, double partitions, double hotKeyShare)
    {
        if (!(messagesPerSecond >= 0) || double.IsInfinity(messagesPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(messagesPerSecond), messagesPerSecond, "a rate must be finite and ≥ 0");
        }

        if (!(partitions >= 1) || double.IsInfinity(partitions))
        {
            throw new ArgumentOutOfRangeException(nameof(partitions), partitions, "a stream has at least 1 partition");
        }

        if (!(hotKeyShare >= 0 && hotKeyShare <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(hotKeyShare), hotKeyShare, "a share is in [0, 1]");
        }

        return System.Math.Max(messagesPerSecond / partitions, hotKeyShare * messagesPerSecond);
    }
}
