using System;
using System.Globalization;

namespace SystemDesign.Engine.Math;

/// <summary>
/// A burst into a queue whose consumers are slower than the burst, in the deterministic fluid approximation
/// (G. F. Newell, <i>Applications of Queueing Theory</i>, 2nd ed., Chapman &amp; Hall 1982, ch. 2; cumulative arrival
/// and departure curves): while the burst lasts the backlog grows at the arrival rate minus the drain rate; afterwards
/// it shrinks at the drain rate minus the normal arrival rate; a message waits the horizontal distance between the
/// curves, so in first-in-first-out order the last message of the burst waits the backlog ÷ the drain rate. Random
/// fluctuation around the rates (the M/M/c queue's concern) is small beside a backlog of this size and is left out.
/// docs/engine.md, "Bursts and lag".
/// </summary>
public static class FluidBacklog
{
    /// <summary>
    /// Messages waiting when a burst ends: (<paramref name="burstRate"/> − <paramref name="drainRate"/>) ×
    /// <paramref name="seconds"/>, or 0 when the drain keeps up. The queue is empty when the burst starts.
    /// </summary>
    /// <param name="burstRate">Arrivals per second during the burst, finite and ≥ 0.</param>
    /// <param name="drainRate">Messages the consumers take per second, finite and ≥ 0.</param>
    /// <param name="seconds">How long the burst lasts, finite and ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">An input is NaN, infinite or negative.</exception>
    public static double AtBurstEnd(double burstRate, double drainRate, double seconds)
    {
        Check(burstRate, nameof(burstRate));
        Check(drainRate, nameof(drainRate));
        Check(seconds, nameof(seconds));
        return burstRate > drainRate ? (burstRate - drainRate) * seconds : 0;
    }

    /// <summary>
    /// Seconds from the end of the burst until <paramref name="backlog"/> is gone while arrivals go on at
    /// <paramref name="arrivalRate"/>: backlog ÷ (drain − arrival); 0 without a backlog; +∞ when the consumers are no
    /// faster than the arrivals (the backlog never drains).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An input is NaN, infinite or negative.</exception>
    public static double DrainSeconds(double backlog, double arrivalRate, double drainRate)
    {
        Check(backlog, nameof(backlog));
        Check(arrivalRate, nameof(arrivalRate));
        Check(drainRate, nameof(drainRate));
        return backlog == 0 ? 0 : drainRate > arrivalRate ? backlog / (drainRate - arrivalRate) : double.PositiveInfinity;
    }

    /// <summary>
    /// The wait of the last message of the burst (first in, first out): <paramref name="backlog"/> ÷
    /// <paramref name="drainRate"/>; 0 without a backlog, +∞ when nothing drains.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An input is NaN, infinite or negative.</exception>
    public static double LastMessageWait(double backlog, double drainRate)
    {
        Check(backlog, nameof(backlog));
        Check(drainRate, nameof(drainRate));
        return backlog == 0 ? 0 : drainRate > 0 ? backlog / drainRate : double.PositiveInfinity;
    }

    /// <summary>
    /// The smallest drain rate at which the last message of the burst waits at most <paramref name="lagSeconds"/>:
    /// (b − μ)·T ÷ μ ≤ L ⇔ μ ≥ b·T ÷ (T + L).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An input is NaN, infinite or negative.</exception>
    public static double DrainRateForLag(double burstRate, double seconds, double lagSeconds)
    {
        Check(burstRate, nameof(burstRate));
        Check(seconds, nameof(seconds));
        Check(lagSeconds, nameof(lagSeconds));
        return seconds + lagSeconds > 0 ? burstRate * seconds / (seconds + lagSeconds) : burstRate;
    }

    private static void Check(double value, string name)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, string.Format(CultureInfo.InvariantCulture, "{0} must be a finite number ≥ 0, but was {1}.", name, NumberText.Raw(value)));
        }
    }
}
