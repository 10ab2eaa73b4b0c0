using SystemDesign.Engine.Math;
using SystemDesign.Engine.Resolution;

namespace SystemDesign.Engine.Latency;

/// <summary>
/// One component as a queue: each of its n instances is an M/M/c queue that receives 1/n of the load
/// (the load balancer splits evenly). c, the servers (threads, cores) per instance, is chosen so that
/// c × service rate equals the instance's capacity: c = max(1, round(capacity × service time)),
/// μ = capacity / c. See docs/engine.md, "Latency".
/// </summary>
internal sealed class HopModel
{
    // Constants of Transform, computed once per hop instead of once per Talbot node: the mean service time 1/μ,
    // the probability of waiting C and the mean wait of those who wait 1/θ (0 when no one waits).
    private readonly double serviceTime;
    private readonly double waitProbability;
    private readonly double drainTime;

    private HopModel(MmcQueue? queue, double serviceRate, bool saturated, int servers = 1)
    {
        Queue = queue;
        Servers = servers;
        ServiceRate = serviceRate;
        Saturated = saturated;
        serviceTime = 1 / serviceRate;
        if (queue is { ProbabilityOfWaiting: > 0 and var c } && !saturated)
        {
            waitProbability = c;
            drainTime = 1 / ((queue.Servers * serviceRate) - queue.ArrivalRate);
        }
    }

    /// <summary>A hop that takes no time (clients, off-path components, kinds without a service time).</summary>
    public static HopModel None { get; } = new(null, double.PositiveInfinity, false);

    /// <summary>The per-instance queue; null for a hop without one.</summary>
    public MmcQueue? Queue { get; }

    /// <summary>c, the servers per instance the queue runs (1 for a pure delay).</summary>
    public int Servers { get; }

    /// <summary>μ per server, per second.</summary>
    public double ServiceRate { get; }

    /// <summary>True when the offered load reaches the capacity: the queue grows without bound.</summary>
    public bool Saturated { get; }

    public bool TakesTime => !double.IsPositiveInfinity(ServiceRate);

    public static HopModel For(ResolvedComponent node, double load)
    {
        if (node.Behaviour is Behaviour.Source or Behaviour.OffPath || node.ServiceTimeMs is not { } serviceMs || serviceMs.Value <= 0)
        {
            return None;
        }

        var serviceSeconds = serviceMs.Value / 1000;
        if (node.CapacityPerInstance is not { } capacity || capacity.Value <= 0)
        {
            // No capacity figure: a pure delay with the service time, never queueing.
            return new HopModel(null, 1 / serviceSeconds, false);
        }

        var servers = (int)System.Math.Min(1_000_000, System.Math.Max(1, System.Math.Round(capacity.Value * serviceSeconds)));
        var mu = capacity.Value / servers;
        if (double.IsInfinity(1 / mu))
        {
            // A capacity so small (5e-324 req/s) that one request takes longer than any double: unbounded.
            return new HopModel(null, mu, true, servers);
        }

        var perInstance = load / node.InstanceCount;
        var queue = MmcQueue.TryCreate(perInstance, mu, servers, out _);
        return new HopModel(queue, mu, queue is null || !queue.IsStable, servers);
    }

    /// <summary>Mean response time in seconds, no queueing when <paramref name="floor"/>.</summary>
    public double Mean(bool floor) =>
        !TakesTime ? 0
        : floor || Queue is null ? 1 / ServiceRate
        : Queue.MeanResponseTime;

    /// <summary>
    /// P(T &gt; t): the share of requests whose response time exceeds <paramref name="seconds"/>, the share a caller's
    /// timeout turns into errors. Service Exp(μ); with probability C a wait Exp(θ), θ = cμ − λ, first (the same
    /// model as <see cref="Transform"/>): (1 − C)·e^(−μt) + C·(θe^(−μt) − μe^(−θt))/(θ − μ), or C·(1 + μt)e^(−μt)
    /// when θ = μ (the sum of two exponentials; Gross &amp; Harris, §2.3). 1 for a saturated hop, 0 for one that takes no time.
    /// </summary>
    /// <param name="seconds">The timeout t in seconds.</param>
    /// <returns>The share of requests slower than t, in [0, 1].</returns>
    public double SlowerThan(double seconds)
    {
        if (!TakesTime || !(seconds >= 0))
        {
            return TakesTime ? 1 : 0;
        }

        if (Saturated)
        {
            return 1;
        }

        var mu = ServiceRate;
        var served = System.Math.Exp(-mu * seconds);
        if (waitProbability <= 0)
        {
            return served;
        }

        var theta = 1 / drainTime;
        var waited = System.Math.Abs(theta - mu) < 1e-12 * mu
            ? (1 + (mu * seconds)) * served
            : ((theta * served) - (mu * System.Math.Exp(-theta * seconds))) / (theta - mu);
        return System.Math.Min(1, System.Math.Max(0, ((1 - waitProbability) * served) + (waitProbability * waited)));
    }

    /// <summary>
    /// The Laplace–Stieltjes transform of the response time at s. With probability 1 − C the request is served at
    /// once (Exp(μ)); with probability C it first waits Exp(θ), θ = cμ − λ (Erlang C; Gross &amp; Harris, §2.3):
    /// μ/(μ + s)·((1 − C) + C·θ/(θ + s)); no queueing when <paramref name="floor"/>. Evaluated at every s of
    /// (<paramref name="sRe"/>, <paramref name="sIm"/>) into <paramref name="re"/>, <paramref name="im"/> from
    /// <paramref name="offset"/>. Each ratio is written a/(a + s) = 1/(1 + s/a) with the precomputed 1/a.
    /// </summary>
    public void Transform(double[] sRe, double[] sIm, bool floor, double[] re, double[] im, int offset)
    {
        var n = sRe.Length;
        if (!TakesTime)
        {
            for (var j = 0; j < n; j++)
            {
                re[offset + j] = 1;
                im[offset + j] = 0;
            }

            return;
        }

        var waits = !floor && waitProbability > 0;
        for (var j = 0; j < n; j++)
        {
            OneOverOnePlus(sRe[j] * serviceTime, sIm[j] * serviceTime, out var a, out var b);
            if (waits)
            {
                // service × ((1 − C) + C·wait)
                OneOverOnePlus(sRe[j] * drainTime, sIm[j] * drainTime, out var c, out var d);
                c = (1 - waitProbability) + (waitProbability * c);
                d *= waitProbability;
                (a, b) = ((a * c) - (b * d), (a * d) + (b * c));
            }

            re[offset + j] = a;
            im[offset + j] = b;
        }
    }

    /// <summary>
    /// 1/(1 + u) with one real division. u is never −1 here (the Talbot contour meets the real axis only at s &gt; 0);
    /// when |1 + u|² overflows the value is below 1e-154 and is returned as 0 (the hop is then far slower than t).
    /// </summary>
    private static void OneOverOnePlus(double uRe, double uIm, out double re, out double im)
    {
        var a = 1 + uRe;
        var d = (a * a) + (uIm * uIm);
        if (d <= double.MaxValue)
        {
            var inverse = 1 / d;
            re = a * inverse;
            im = -uIm * inverse;
        }
        else
        {
            re = 0;
            im = 0;
        }
    }
}
