using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using static System.Math;

namespace SystemDesign.Engine.Math;

/// <summary>
/// An M/M/c queue in steady state: Poisson arrivals at rate λ, exponential service at rate μ per
/// server, <c>c</c> identical servers, one FIFO queue of unbounded length (Kendall's M/M/c/∞/FIFO).
/// </summary>
/// <remarks>
/// <para>
/// Immutable; every figure is computed once, at creation, in O(c) time (the Erlang B recurrence).
/// Rates are per unit of time and every time this type returns is in that same unit: give rates per
/// second and read seconds back.
/// </para>
/// <para>
/// An unstable queue (ρ ≥ 1) is a valid value, not an error: <see cref="IsStable"/> is
/// <see langword="false"/>, <see cref="ProbabilityOfWaiting"/> is 1, and every waiting, response and
/// queue-length figure is <see cref="double.PositiveInfinity"/> (the queue grows without bound).
/// No member returns NaN.
/// </para>
/// <para>Formulas and sources: docs/engine-math.md.</para>
/// </remarks>
/// <example>
/// <code>
/// var queue = MmcQueue.Create(arrivalRate: 8, serviceRate: 10, servers: 1);
/// // queue.Utilization == 0.8, queue.MeanResponseTime == 0.5, queue.MeanNumberInSystem == 4
/// double p99 = queue.ResponseTimePercentile(0.99);
/// </code>
/// </example>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "An M/M/c queue is the domain's name (Kendall's notation), not a collection.")]
public sealed class MmcQueue
{
    private readonly double _drainRate; // cμ − λ: the rate of the conditional waiting-time exponential.

    private MmcQueue(double arrivalRate, double serviceRate, int servers, double erlangB)
    {
        ArrivalRate = arrivalRate;
        ServiceRate = serviceRate;
        Servers = servers;
        OfferedLoad = arrivalRate / serviceRate;
        Utilization = arrivalRate / (servers * serviceRate);
        IsStable = IsStableFor(arrivalRate, serviceRate, servers);
        _drainRate = (servers * serviceRate) - arrivalRate;

        if (!IsStable)
        {
            ProbabilityOfWaiting = 1;
            MeanWaitingTime = double.PositiveInfinity;
            MeanResponseTime = double.PositiveInfinity;
            MeanQueueLength = double.PositiveInfinity;
            MeanNumberInSystem = double.PositiveInfinity;
            return;
        }

        ProbabilityOfWaiting = ErlangC.ProbabilityOfWaitingFromErlangB(erlangB, Utilization);
        MeanWaitingTime = ProbabilityOfWaiting / _drainRate;
        MeanResponseTime = MeanWaitingTime + (1 / serviceRate);
        MeanQueueLength = arrivalRate * MeanWaitingTime;
        MeanNumberInSystem = arrivalRate * MeanResponseTime;
    }

    /// <summary>The arrival rate λ (requests per unit of time).</summary>
    public double ArrivalRate { get; }

    /// <summary>The service rate μ of one server (requests per unit of time); the mean service time is 1/μ.</summary>
    public double ServiceRate { get; }

    /// <summary>The number of servers c.</summary>
    public int Servers { get; }

    /// <summary>The offered load a = λ/μ, in Erlangs: the mean number of busy servers when stable.</summary>
    public double OfferedLoad { get; }

    /// <summary>The utilization ρ = λ/(cμ) of each server. Values of 1 or more mean the queue is unstable.</summary>
    public double Utilization { get; }

    /// <summary>Whether the queue reaches a steady state, that is ρ &lt; 1.</summary>
    public bool IsStable { get; }

    /// <summary>
    /// The probability that an arrival finds every server busy and waits (Erlang C, C(c, a)).
    /// 1 when the queue is unstable.
    /// </summary>
    public double ProbabilityOfWaiting { get; }

    /// <summary>The mean time in the queue before service, Wq = C/(cμ − λ); +∞ when unstable.</summary>
    public double MeanWaitingTime { get; }

    /// <summary>The mean response (sojourn) time, W = Wq + 1/μ; +∞ when unstable.</summary>
    public double MeanResponseTime { get; }

    /// <summary>The mean number waiting in the queue, Lq = λ·Wq (Little's law); +∞ when unstable.</summary>
    public double MeanQueueLength { get; }

    /// <summary>The mean number in the system (waiting or in service), L = λ·W (Little's law); +∞ when unstable.</summary>
    public double MeanNumberInSystem { get; }

    /// <summary>Creates a queue, validating the inputs.</summary>
    /// <param name="arrivalRate">λ: finite and ≥ 0.</param>
    /// <param name="serviceRate">μ per server: finite and &gt; 0.</param>
    /// <param name="servers">c: ≥ 1.</param>
    /// <returns>The queue; it may be unstable (see <see cref="IsStable"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An input is NaN, infinite or out of range; the message names the fix.</exception>
    public static MmcQueue Create(double arrivalRate, double serviceRate, int servers)
    {
        string? error = Validate(arrivalRate, serviceRate, servers, out string? parameter);
        if (error is not null)
        {
            throw new ArgumentOutOfRangeException(parameter, error);
        }

        return CreateUnchecked(arrivalRate, serviceRate, servers);
    }

    /// <summary>Creates a queue, or explains why the inputs are invalid, without throwing.</summary>
    /// <param name="arrivalRate">λ: finite and ≥ 0.</param>
    /// <param name="serviceRate">μ per server: finite and &gt; 0.</param>
    /// <param name="servers">c: ≥ 1.</param>
    /// <param name="error">When the result is <see langword="null"/>, what is wrong and how to fix it.</param>
    /// <returns>The queue, or <see langword="null"/> when an input is invalid.</returns>
    public static MmcQueue? TryCreate(double arrivalRate, double serviceRate, int servers, out string? error)
    {
        error = Validate(arrivalRate, serviceRate, servers, out _);
        return error is null ? CreateUnchecked(arrivalRate, serviceRate, servers) : null;
    }

    /// <summary>
    /// The probability that a request waits in the queue longer than <paramref name="time"/>:
    /// P(Wq &gt; t) = C·e^{−(cμ−λ)t}. 1 for any time when the queue is unstable.
    /// </summary>
    /// <param name="time">t ≥ 0, in the unit of the rates.</param>
    /// <returns>The probability, in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is NaN or negative.</exception>
    public double ProbabilityWaitExceeds(double time)
    {
        RequireTime(time);
        if (!IsStable)
        {
            return 1;
        }

        return time == 0 ? ProbabilityOfWaiting : ProbabilityOfWaiting * Exp(-_drainRate * time);
    }

    /// <summary>
    /// The probability that a request's response time (wait plus service) exceeds <paramref name="time"/>.
    /// 1 for any time when the queue is unstable.
    /// </summary>
    /// <param name="time">t ≥ 0, in the unit of the rates.</param>
    /// <returns>The probability, in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is NaN or negative.</exception>
    public double ProbabilityResponseExceeds(double time)
    {
        RequireTime(time);
        return IsStable ? ResponseSurvival(time) : 1;
    }

    /// <summary>
    /// The p-quantile of the waiting time in the queue: t_p = max(0, ln(C/(1−p))/(cμ−λ)).
    /// It is 0 when p ≤ 1 − C (that share of requests never waits).
    /// </summary>
    /// <param name="p">The quantile, in [0, 1] (0.99 for the 99th percentile).</param>
    /// <returns>The time, ≥ 0; +∞ when p = 1 or the queue is unstable.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is NaN or outside [0, 1].</exception>
    public double WaitingTimePercentile(double p)
    {
        RequireProbability(p);
        if (!IsStable || p >= 1)
        {
            return double.PositiveInfinity;
        }

        double tail = 1 - p;
        if (ProbabilityOfWaiting <= tail)
        {
            return 0;
        }

        return Log(ProbabilityOfWaiting / tail) / _drainRate;
    }

    /// <summary>
    /// The p-quantile of the response time (waiting plus service), from the exact distribution of
    /// Wq + S, inverted by bisection to a relative precision of 1e-12.
    /// </summary>
    /// <remarks>
    /// With probability 1 − C a request does not wait and its response time is its service time
    /// S ~ Exp(μ); with probability C it is Exp(cμ − λ) + Exp(μ), a hypoexponential (an Erlang-2 when
    /// cμ − λ = μ). For one server this reduces to Exp(μ − λ) exactly.
    /// </remarks>
    /// <param name="p">The quantile, in [0, 1] (0.99 for the 99th percentile).</param>
    /// <returns>The time, ≥ 0; +∞ when p = 1 or the queue is unstable.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is NaN or outside [0, 1].</exception>
    public double ResponseTimePercentile(double p)
    {
        RequireProbability(p);
        if (!IsStable || p >= 1)
        {
            return double.PositiveInfinity;
        }

        if (p <= 0)
        {
            return 0;
        }

        double target = 1 - p;

        // Bracket: the survival function is decreasing from 1 at t = 0; double the upper end until below target.
        double low = 0;
        double high = Max(1 / ServiceRate, MeanResponseTime);
        while (ResponseSurvival(high) > target)
        {
            low = high;
            high *= 2;
        }

        // Bisection to 1e-12 relative; 200 halvings bound the loop whatever the scale.
        for (int i = 0; i < 200 && high - low > 1e-12 * high; i++)
        {
            double middle = low + ((high - low) / 2);
            if (ResponseSurvival(middle) > target)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return low + ((high - low) / 2);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "M/M/{0} λ={1} μ={2} ρ={3}",
        Servers,
        NumberText.Raw(ArrivalRate),
        NumberText.Raw(ServiceRate),
        NumberText.Raw(Utilization));

    /// <summary>Creates a queue from inputs already validated and its precomputed Erlang B value (staffing searches).</summary>
    internal static MmcQueue FromErlangB(double arrivalRate, double serviceRate, int servers, double erlangB) =>
        new(arrivalRate, serviceRate, servers, erlangB);

    /// <summary>Returns an error message (and the parameter's name), or null when the inputs are valid.</summary>
    internal static string? Validate(double arrivalRate, double serviceRate, int servers, out string? parameter)
    {
        if (double.IsNaN(arrivalRate) || double.IsInfinity(arrivalRate) || arrivalRate < 0)
        {
            parameter = nameof(arrivalRate);
            return string.Format(
                CultureInfo.InvariantCulture,
                "The arrival rate λ must be a finite number ≥ 0 (requests per unit of time), but was {0}. Pass the measured or target request rate.",
                NumberText.Raw(arrivalRate));
        }

        if (double.IsNaN(serviceRate) || double.IsInfinity(serviceRate) || serviceRate <= 0)
        {
            parameter = nameof(serviceRate);
            return string.Format(
                CultureInfo.InvariantCulture,
                "The service rate μ must be a finite number > 0 (requests one server completes per unit of time, 1 / mean service time), but was {0}.",
                NumberText.Raw(serviceRate));
        }

        if (servers < 1)
        {
            parameter = nameof(servers);
            return string.Format(
                CultureInfo.InvariantCulture,
                "The number of servers c must be ≥ 1, but was {0}. Give the component at least one instance.",
                servers);
        }

        parameter = null;
        return null;
    }

    private static MmcQueue CreateUnchecked(double arrivalRate, double serviceRate, int servers)
    {
        bool stable = IsStableFor(arrivalRate, serviceRate, servers);
        double erlangB = stable ? ErlangC.ErlangB(servers, arrivalRate / serviceRate) : 1;
        return new MmcQueue(arrivalRate, serviceRate, servers, erlangB);
    }

    /// <summary>ρ = λ/(cμ) &lt; 1, computed the one way every caller uses, so the search and the queue agree at the boundary.</summary>
    internal static bool IsStableFor(double arrivalRate, double serviceRate, int servers) =>
        arrivalRate / (servers * serviceRate) < 1;

    private static void RequireTime(double time)
    {
        if (double.IsNaN(time) || time < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(time),
                string.Format(CultureInfo.InvariantCulture, "The time must be ≥ 0, in the unit of the rates, but was {0}.", NumberText.Raw(time)));
        }
    }

    private static void RequireProbability(double p)
    {
        if (double.IsNaN(p) || p < 0 || p > 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(p),
                string.Format(CultureInfo.InvariantCulture, "The percentile must be a probability in [0, 1] (0.99 for p99), but was {0}.", NumberText.Raw(p)));
        }
    }

    /// <summary>P(Wq + S &gt; t) for a stable queue: (1 − C)·e^{−μt} + C·P(Exp(θ) + Exp(μ) &gt; t), θ = cμ − λ.</summary>
    private double ResponseSurvival(double t)
    {
        double mu = ServiceRate;
        double noWait = Exp(-mu * t);
        double c = ProbabilityOfWaiting;
        return ((1 - c) * noWait) + (c * HypoexponentialSurvival(_drainRate, mu, t));
    }

    /// <summary>
    /// P(Exp(θ) + Exp(μ) &gt; t) = (μe^{−θt} − θe^{−μt})/(μ − θ), written as
    /// e^{−μt}(1 + μt·expm1(x)/x) with x = (μ − θ)t near equal rates, where the textbook form cancels;
    /// at x = 0 it is the Erlang-2 survival e^{−μt}(1 + μt).
    /// </summary>
    internal static double HypoexponentialSurvival(double theta, double mu, double t)
    {
        double x = (mu - theta) * t;
        if (Abs(x) <= 0.5)
        {
            return Exp(-mu * t) * (1 + (mu * t * ExpM1OverX(x)));
        }

        double value = ((mu * Exp(-theta * t)) - (theta * Exp(-mu * t))) / (mu - theta);
        return Max(0, Min(1, value));
    }

    /// <summary>(e^x − 1)/x, accurate near 0 (Kahan's trick), 1 at x = 0.</summary>
    private static double ExpM1OverX(double x)
    {
        double u = Exp(x);
        if (u == 1)
        {
            return 1;
        }

        double um1 = u - 1;
        return um1 / Log(u);
    }
}
