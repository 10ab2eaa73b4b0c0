using System;
using System.Linq;
using SystemDesign.Engine.Math;

namespace SystemDesign.Engine.Tests.Math;

/// <summary>
/// The burst's bound on a queue's mean wait (<see cref="BurstWait"/>, docs/engine.md "Failures"): its worked example,
/// and a simulation of the queue it bounds (Lindley's recursion for a FIFO M/M/1 started empty, the single fast server
/// of the heavy-traffic limit), which must stay below it where the stationary M/M/1 wait is hours.
/// </summary>
public sealed class BurstWaitTests
{
    [Fact]
    public void The_worked_example_is_sigma_times_the_root_of_two_t_over_pi()
    {
        // λ = 150/s on cμ = 150/s for 300 s from an idle queue: σ = √300 ÷ 150, bound σ·√(600 ÷ π) = 1.596 s.
        var sigma = System.Math.Sqrt(300) / 150;
        Assert.Equal(sigma * System.Math.Sqrt(600 / System.Math.PI), BurstWait.MeanBound(150, 150, 300, 0), 12);
        Assert.Equal(1.596, BurstWait.MeanBound(150, 150, 300, 0), 3);
        Assert.Equal(0.25 + 1.596, BurstWait.MeanBound(150, 150, 300, 0.25), 3);
        Assert.Equal(0, BurstWait.MeanBound(150, 150, 0, 0));
    }

    [Theory]
    [InlineData(double.NaN, 1, 1, 0)]
    [InlineData(1, 0, 1, 0)]
    [InlineData(1, double.PositiveInfinity, 1, 0)]
    [InlineData(1, 1, -1, 0)]
    [InlineData(1, 1, 1, double.PositiveInfinity)]
    public void Bad_input_is_rejected_naming_the_argument(double rate, double capacity, double seconds, double startWait) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BurstWait.MeanBound(rate, capacity, seconds, startWait));

    [Fact]
    public void A_simulated_burst_near_saturation_waits_less_than_the_bound_and_far_less_than_the_stationary_queue()
    {
        // M/M/1 at λ = 150/s, μ = 150.0015/s (ρ = 0.99999): the stationary mean wait is ρ ÷ (μ − λ) = 667 s. A five-minute
        // burst from an empty queue, 400 runs of about 45,000 requests each from a fixed seed.
        const double lambda = 150, mu = 150.0015, seconds = 300;
        var random = new Random(20261205);
        var waits = new System.Collections.Generic.List<double>();
        var late = new System.Collections.Generic.List<double>();
        for (var run = 0; run < 400; run++)
        {
            var (t, wait, lastService) = (0.0, 0.0, 0.0);
            var first = true;
            while (true)
            {
                var gap = -System.Math.Log(1 - random.NextDouble()) / lambda;
                t += gap;
                if (t > seconds)
                {
                    break;
                }

                // Lindley: the next request waits what the previous left of its wait and service after the gap.
                wait = first ? 0 : System.Math.Max(0, wait + lastService - gap);
                first = false;
                lastService = -System.Math.Log(1 - random.NextDouble()) / mu;
                waits.Add(wait);
                if (t > 0.9 * seconds)
                {
                    late.Add(wait);
                }
            }
        }

        var bound = BurstWait.MeanBound(lambda, mu, seconds, 0);
        var mean = waits.Average();
        var p99 = waits.Order().ElementAt((int)(0.99 * waits.Count));
        Assert.True(mean <= bound, $"simulated mean wait {mean} s over the bound {bound} s");
        // The bound is the driftless motion's mean at the end of the burst, where the wait is longest: at ρ = 0.99999 the
        // drift is negligible over five minutes, so the last tenth's mean is close to it (within the runs' noise, about
        // 4% here), i.e. the bound is tight, not a loose cap.
        Assert.InRange(late.Average(), 0.9 * bound, 1.1 * bound);
        // The engine keeps the wait exponential with the bounded mean: its P99 (ln 100 × the mean) is not below the simulated one.
        Assert.True(p99 <= System.Math.Log(100) * bound, $"simulated P99 {p99} s over the exponential's {System.Math.Log(100) * bound} s");
        Assert.True(bound < 0.01 * (lambda / mu / (mu - lambda)), "the bound is not far below the stationary wait");
    }
}
