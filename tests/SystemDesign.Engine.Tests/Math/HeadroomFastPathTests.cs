using System;
using SystemDesign.Engine.Math;

namespace SystemDesign.Engine.Tests.Math;

/// <summary>
/// <see cref="Headroom.MinimumInstances"/> skips the decimal division when the double quotient is farther than
/// 1e-9 from an integer. These tests hold it to the rule it shortcuts: every input of ordinary size read to 15
/// digits and divided in decimal, then rounded up (a quotient within a relative 1e-12 of an integer is that integer).
/// </summary>
public sealed class HeadroomFastPathTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_inputs_of_every_scale_give_the_decimal_answer(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 100_000; i++)
        {
            var load = Scaled(random, -9, 13);
            var capacity = Scaled(random, -9, 13);
            var headroom = random.Next(4) == 0 ? 1.0 : Scaled(random, -1, 1);
            AssertDecimalAnswer(load, capacity, headroom);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Quotients_at_and_next_to_integers_give_the_decimal_answer(int seed)
    {
        // Loads that are exact multiples of the capacity (and their floating-point neighbours), where double and
        // decimal disagree and the decimal path must decide.
        var random = new Random(seed);
        foreach (var headroom in new[] { 1.0, 1.1, 1.2, 1.25, 1.5, 2.0 })
        {
            for (var i = 0; i < 20_000; i++)
            {
                var capacity = System.Math.Round(Scaled(random, -2, 6), random.Next(0, 4));
                var load = capacity * random.Next(1, 100_000) / headroom;
                foreach (var l in new[] { load, BitDecrement(load), BitIncrement(load), load * (1 + 1e-10), load * (1 - 1e-10), load * (1 + 1e-8) })
                {
                    AssertDecimalAnswer(l, capacity, headroom);
                }
            }
        }
    }

    private static void AssertDecimalAnswer(double load, double capacity, double headroom)
    {
        if (capacity <= 0 || load < 0 || headroom * load / capacity >= 1e15 || !InRange(load) || !InRange(capacity) || !InRange(headroom))
        {
            return; // outside the decimal rule's domain: the method falls back to double arithmetic there
        }

        var quotient = (decimal)headroom * (decimal)load / (decimal)capacity;
        var nearest = decimal.Round(quotient);
        var expected = (long)(System.Math.Abs(quotient - nearest) <= 1e-12m * nearest ? nearest : decimal.Ceiling(quotient));
        Assert.True(expected == Headroom.MinimumInstances(load, capacity, headroom), $"{load:R} at {capacity:R} with headroom {headroom:R}: decimal says {expected}");
    }

    private static bool InRange(double value) => value >= 1e-10 && value <= 1e14;

    private static double Scaled(Random random, int minExponent, int maxExponent) =>
        (1 + (9 * random.NextDouble())) * System.Math.Pow(10, random.Next(minExponent, maxExponent + 1));

    private static double BitIncrement(double x) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) + 1);

    private static double BitDecrement(double x) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) - 1);
}
