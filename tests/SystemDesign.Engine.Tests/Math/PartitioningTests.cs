using System;
using SystemDesign.Engine.Math;

namespace SystemDesign.Engine.Tests.Math;

/// <summary>
/// The busiest partition of a keyed stream, max(λ ÷ P, s × λ) (Apache Kafka documentation: a key's messages go to one
/// partition; one consumer of a group reads a partition). Worked values from docs/engine.md §7.4 and seed 001, "67.
/// Message Ordering in Distributed Systems" (one customer at 1,000 orders/s).
/// </summary>
public sealed class PartitioningTests
{
    [Theory]
    [InlineData(10_000, 32, 0.2, 2_000)]   // docs/engine.md: the hot key dominates
    [InlineData(10_000, 32, 0.05, 500)]    // still the hot key: 500 > 312.5
    [InlineData(10_000, 32, 0.01, 312.5)]  // keys spread: λ ÷ P
    [InlineData(10_000, 32, 0, 312.5)]     // no hot key stated
    [InlineData(5_000, 12, 0.2, 1_000)]    // seed 001 §67: one customer's 1,000 orders/s of 5,000 on one partition
    [InlineData(0, 1, 1, 0)]
    public void The_busiest_partition_receives_the_larger_of_an_even_share_and_the_hot_key(double rate, double partitions, double share, double expected) =>
        Assert.Equal(expected, Partitioning.BusiestPartitionRate(rate, partitions, share), 12);

    [Theory]
    [InlineData(-1, 1, 0.1)]
    [InlineData(double.NaN, 1, 0.1)]
    [InlineData(double.PositiveInfinity, 1, 0.1)]
    [InlineData(100, 0, 0.1)]
    [InlineData(100, 1, 1.5)]
    [InlineData(100, 1, double.NaN)]
    public void Inputs_outside_their_range_are_refused_by_name(double rate, double partitions, double share) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Partitioning.BusiestPartitionRate(rate, partitions, share));
}
