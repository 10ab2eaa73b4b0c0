using System;
using System.Globalization;

namespace SystemDesign.Engine.Math;

/// <summary>
/// How long a queue's wait can grow during a burst of finite length: the bound the peak scenario puts on the stationary
/// M/M/c wait, which near saturation describes a queue that has run at the peak for far longer than any burst (at
/// 99.9999% busy its P99 is hours). In heavy traffic the workload of a queue is a reflected Brownian motion with drift
/// −(1 − ρ) and variance rate σ² = λ·E[V²], V the work one request brings (J. F. C. Kingman, "On queues in heavy
/// traffic", J. R. Stat. Soc. B 24, 1962; D. L. Iglehart and W. Whitt, "Multiple channel queues in heavy traffic",
/// Adv. Appl. Prob. 2, 1970: c servers of rate μ behave as one of rate cμ, so V ~ Exp(cμ) and σ² = 2λ ÷ (cμ)²).
/// Started at a wait w₀ it stays below w₀ plus the same motion started at 0, whose drift is negative, so below the
/// driftless one, |B(t)| by the reflection principle (J. M. Harrison, <i>Brownian Motion and Stochastic Flow
/// Systems</i>, Wiley 1985, ch. 1), of mean σ·√(2t ÷ π). docs/engine.md, "Failures" (peak burst).
/// </summary>
public static class BurstWait
{
    /// <summary>
    /// An upper bound on the mean wait of a request at most <paramref name="seconds"/> into a burst:
    /// w₀ + σ·√(2t ÷ π), σ = √(2λ) ÷ (cμ). The caller takes the smaller of this and the stationary mean wait (the
    /// motion started below its stationary law stays below it).
    /// </summary>
    /// <param name="arrivalRate">λ, requests per second reaching one instance during the burst, finite and ≥ 0.</param>
    /// <param name="capacity">cμ, requests per second one instance serves at most, finite and &gt; 0.</param>
    /// <param name="seconds">t, how long the burst has lasted, finite and ≥ 0.</param>
    /// <param name="startWait">w₀, the mean wait when the burst starts (normal operation's), finite and ≥ 0.</param>
    /// <returns>Seconds.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An input is NaN, infinite or out of range.</exception>
    /// <example>λ = 150/s on cμ = 150/s for 300 s from an idle queue: σ = √300 ÷ 150 = 0.1155, bound 0.1155 × √(600 ÷ π) = 1.596 s.</example>
    public static double MeanBound(double arrivalRate, double capacity, double seconds, double startWait)
    {
        Check(arrivalRate, nameof(arrivalRate));
        Check(seconds, nameof(seconds));
        Check(startWait, nameof(startWait));
        if (!(capacity > 0) || double.IsInfinity(capacity))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), string.Format(CultureInfo.InvariantCulture, "The capacity must be finite and > 0, but was {0}.", capacity));
        }

        var sigma = System.Math.Sqrt(2 * arrivalRate) / capacity;
        return startWait + (sigma * System.Math.Sqrt(2 * seconds / System.Math.PI));
    }

    private static void Check(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, string.Format(CultureInfo.InvariantCulture, "{0} must be finite and ≥ 0, but was {1}.", name, value));
        }
    }
}
