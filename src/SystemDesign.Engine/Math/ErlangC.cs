using System;
using System.Globalization;
using SystemDesign.Model;

namespace SystemDesign.Engine.Math;

/// <summary>
/// Erlang's formulas for c servers offered a Erlangs of Poisson traffic, and the staffing searches
/// built on them (the smallest number of servers that meets a target).
/// </summary>
/// <remarks>
/// Both formulas use the Erlang B recurrence B(0) = 1, B(k) = a·B(k−1)/(k + a·B(k−1)), whose terms
/// stay in [0, 1]: no factorial or power is formed, so it neither overflows nor loses precision for
/// hundreds of thousands of servers; above 100,000 servers B is summed from the top in O(√a) terms (see
/// ErlangBFromTop). Sources: docs/engine-math.md.
/// </remarks>
public static class ErlangC
{
    /// <summary>
    /// Erlang B: the probability that all <paramref name="servers"/> are busy in a loss system
    /// (M/M/c/c), that is the share of arrivals blocked when there is no queue.
    /// </summary>
    /// <param name="servers">c ≥ 0 (0 servers block everything).</param>
    /// <param name="offeredLoad">a = λ/μ in Erlangs, ≥ 0; +∞ gives 1.</param>
    /// <returns>B(c, a), in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">An input is negative or NaN.</exception>
    public static double ErlangB(int servers, double offeredLoad)
    {
        if (servers < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(servers),
                string.Format(CultureInfo.InvariantCulture, "The number of servers must be ≥ 0, but was {0}.", servers));
        }

        RequireLoad(offeredLoad);
        if (double.IsPositiveInfinity(offeredLoad))
        {
            return 1;
        }

        if (servers > RecurrenceServers)
        {
            return ErlangBFromTop(servers, offeredLoad);
        }

        double b = 1;
        for (int k = 1; k <= servers && b > 0; k++)
        {
            double ab = offeredLoad * b;
            b = ab / (k + ab);
        }

        return b;
    }

    /// <summary>Above this many servers, <see cref="ErlangB"/> sums from the top instead of running the O(c) recurrence.</summary>
    internal const int RecurrenceServers = 100_000;

    /// <summary>
    /// Erlang B as 1/B = Σ_{j=0}^{c} c!/((c − j)!·aʲ), the Poisson terms P(c − j)/P(c) summed from j = 0 down (the
    /// same identity as the recurrence, read backwards: B = P(c)/P(≤ c)). Each ratio (c − j)/a is smaller than the
    /// last, so the terms left are at most t·r/(1 − r): the sum stops when that is below 1e-17 of it, or when it
    /// passes 1e300 (then B &lt; 1e-300, returned as 0). O(√a) terms near a ≈ c, a handful when a ≪ c or a ≫ c,
    /// instead of O(c): a million servers cost what a few thousand did.
    /// </summary>
    private static double ErlangBFromTop(int servers, double offeredLoad)
    {
        if (offeredLoad == 0)
        {
            return 0;
        }

        double sum = 1;
        double term = 1;
        for (int j = 1; j <= servers; j++)
        {
            double ratio = (servers - j + 1) / offeredLoad;
            term *= ratio;
            sum += term;
            if (sum > 1e300)
            {
                return 0;
            }

            double next = (servers - j) / offeredLoad;
            if (next < 1 && term * next / (1 - next) <= 1e-17 * sum)
            {
                break;
            }
        }

        return 1 / sum;
    }

    /// <summary>
    /// Erlang C: the probability that an arrival waits in an M/M/c queue,
    /// C = B/(1 − ρ(1 − B)) with B the Erlang B value and ρ = a/c. 1 when a ≥ c (unstable).
    /// </summary>
    /// <param name="servers">c ≥ 1.</param>
    /// <param name="offeredLoad">a = λ/μ in Erlangs, ≥ 0.</param>
    /// <returns>C(c, a), in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">An input is out of range or NaN.</exception>
    public static double ProbabilityOfWaiting(int servers, double offeredLoad)
    {
        if (servers < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(servers),
                string.Format(CultureInfo.InvariantCulture, "The number of servers must be ≥ 1, but was {0}.", servers));
        }

        RequireLoad(offeredLoad);
        if (offeredLoad >= servers)
        {
            return 1;
        }

        return ProbabilityOfWaitingFromErlangB(ErlangB(servers, offeredLoad), offeredLoad / servers);
    }

    /// <summary>
    /// The smallest number of servers whose queue is stable (ρ &lt; 1) and satisfies
    /// <paramref name="meets"/>, searched upward from the first stable count.
    /// </summary>
    /// <remarks>
    /// Only stable queues are passed to <paramref name="meets"/>. The search starts at ⌊a⌋ (below it no queue is
    /// stable) and is incremental from there (one Erlang B step per candidate), so it costs O(answer − a):
    /// O(√a) for the usual targets (square-root staffing).
    /// </remarks>
    /// <param name="arrivalRate">λ: finite and ≥ 0.</param>
    /// <param name="serviceRate">μ per server: finite and &gt; 0.</param>
    /// <param name="meets">The target, for example <c>q =&gt; q.ResponseTimePercentile(0.99) &lt;= 0.2</c>.</param>
    /// <param name="maxServers">The largest count to try.</param>
    /// <returns>The smallest count, or <see langword="null"/> if no count up to <paramref name="maxServers"/> meets the target.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rate is invalid or <paramref name="maxServers"/> &lt; 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="meets"/> is null.</exception>
    public static int? MinimumServers(double arrivalRate, double serviceRate, Func<MmcQueue, bool> meets, int maxServers = Knobs.MaxInstances)
    {
        if (meets is null)
        {
            throw new ArgumentNullException(nameof(meets));
        }

        string? error = MmcQueue.Validate(arrivalRate, serviceRate, 1, out string? parameter);
        if (error is not null)
        {
            throw new ArgumentOutOfRangeException(parameter, error);
        }

        if (maxServers < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxServers),
                string.Format(CultureInfo.InvariantCulture, "The largest server count to try must be ≥ 1, but was {0}.", maxServers));
        }

        double offeredLoad = arrivalRate / serviceRate;
        if (!(offeredLoad < maxServers))
        {
            return null;
        }

        // Counts below the offered load are unstable: start at ⌊a⌋ (at or under the first stable count) with B from
        // ErlangB, not by counting up from 1, so a load of a million Erlangs costs the steps past it, not a million.
        int start = (int)System.Math.Max(1, System.Math.Floor(offeredLoad));
        double b = ErlangB(start - 1, offeredLoad);
        for (int c = start; ; c++)
        {
            double ab = offeredLoad * b;
            b = ab / (c + ab);
            if (MmcQueue.IsStableFor(arrivalRate, serviceRate, c) && meets(MmcQueue.FromErlangB(arrivalRate, serviceRate, c, b)))
            {
                return c;
            }

            if (c == maxServers)
            {
                return null; // Tested before the increment, so maxServers = int.MaxValue cannot overflow.
            }
        }
    }

    /// <summary>
    /// The smallest number of servers with ρ &lt; 1 and a probability of waiting of at most
    /// <paramref name="maxProbabilityOfWaiting"/> (call-centre staffing with Erlang C).
    /// </summary>
    /// <param name="arrivalRate">λ: finite and ≥ 0.</param>
    /// <param name="serviceRate">μ per server: finite and &gt; 0.</param>
    /// <param name="maxProbabilityOfWaiting">The target, in [0, 1].</param>
    /// <returns>The smallest server count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An input is out of range.</exception>
    /// <exception cref="InvalidOperationException">No count up to <see cref="int.MaxValue"/> meets the target.</exception>
    public static int MinimumServersForProbabilityOfWaiting(double arrivalRate, double serviceRate, double maxProbabilityOfWaiting)
    {
        if (double.IsNaN(maxProbabilityOfWaiting) || maxProbabilityOfWaiting < 0 || maxProbabilityOfWaiting > 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxProbabilityOfWaiting),
                string.Format(CultureInfo.InvariantCulture, "The target probability of waiting must be in [0, 1], but was {0}.", NumberText.Raw(maxProbabilityOfWaiting)));
        }

        return MinimumServers(arrivalRate, serviceRate, q => q.ProbabilityOfWaiting <= maxProbabilityOfWaiting, int.MaxValue)
            ?? throw new InvalidOperationException("No number of servers meets the probability-of-waiting target.");
    }

    /// <summary>
    /// The smallest number of servers with ρ &lt; 1 whose <paramref name="percentile"/> waiting time in
    /// the queue is at most <paramref name="maxWaitingTime"/> (for example 80% of requests wait at
    /// most 20 s: percentile 0.8, maxWaitingTime 20).
    /// </summary>
    /// <param name="arrivalRate">λ: finite and ≥ 0.</param>
    /// <param name="serviceRate">μ per server: finite and &gt; 0.</param>
    /// <param name="percentile">The quantile, in [0, 1).</param>
    /// <param name="maxWaitingTime">The target waiting time, ≥ 0, in the unit of the rates.</param>
    /// <returns>The smallest server count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An input is out of range.</exception>
    /// <exception cref="InvalidOperationException">No count up to <see cref="int.MaxValue"/> meets the target.</exception>
    public static int MinimumServersForWaitingTimePercentile(double arrivalRate, double serviceRate, double percentile, double maxWaitingTime)
    {
        if (double.IsNaN(percentile) || percentile < 0 || percentile >= 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(percentile),
                string.Format(CultureInfo.InvariantCulture, "The percentile must be in [0, 1) (0.8 for 80%), but was {0}.", NumberText.Raw(percentile)));
        }

        if (double.IsNaN(maxWaitingTime) || maxWaitingTime < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxWaitingTime),
                string.Format(CultureInfo.InvariantCulture, "The target waiting time must be ≥ 0, but was {0}.", NumberText.Raw(maxWaitingTime)));
        }

        return MinimumServers(arrivalRate, serviceRate, q => q.WaitingTimePercentile(percentile) <= maxWaitingTime, int.MaxValue)
            ?? throw new InvalidOperationException("No number of servers meets the waiting-time target.");
    }

    /// <summary>C = B/(1 − ρ(1 − B)) for a stable queue; the denominator is ≥ 1 − ρ &gt; 0.</summary>
    internal static double ProbabilityOfWaitingFromErlangB(double erlangB, double utilization)
    {
        double c = erlangB / (1 - (utilization * (1 - erlangB)));
        return c > 1 ? 1 : c;
    }

    private static void RequireLoad(double offeredLoad)
    {
        if (double.IsNaN(offeredLoad) || offeredLoad < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(offeredLoad),
                string.Format(CultureInfo.InvariantCulture, "The offered load must be ≥ 0 Erlangs (arrival rate × mean service time), but was {0}.", NumberText.Raw(offeredLoad)));
        }
    }
}
