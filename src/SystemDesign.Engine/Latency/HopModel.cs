using SystemDesign.Engine.Math;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;

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

    private HopModel(MmcQueue? queue, double serviceRate, bool saturated, int servers = 1, double fillWait = 0, double burstWait = double.PositiveInfinity)
    {
        Queue = queue;
        FillWait = fillWait;
        Servers = servers;
        ServiceRate = serviceRate;
        this.saturated = saturated;
        serviceTime = 1 / serviceRate;
        if (queue is { ProbabilityOfWaiting: > 0 and var c } && !saturated)
        {
            waitProbability = c;
            drainTime = 1 / ((queue.Servers * serviceRate) - queue.ArrivalRate);
            if (burstWait < c * drainTime)
            {
                // A burst too short for the stationary wait: those who wait wait Exp with the bounded mean (ForBurst).
                drainTime = burstWait / c;
                BurstBounded = true;
            }
        }
    }

    /// <summary>True when <see cref="ForBurst"/> bounded the wait below the stationary one.</summary>
    public bool BurstBounded { get; }

    /// <summary>The mean wait in the queue, C ÷ θ (0 for a hop that never waits; +∞ saturated).</summary>
    public double MeanWait => Saturated ? double.PositiveInfinity : waitProbability * drainTime;

    /// <summary>
    /// Requests reaching the hop from a pooled caller first wait for a connection: with probability share × C they wait
    /// Exp(θ), θ = cμ − λ of the pool's M/M/c queue (docs/engine.md, "Connection pools"). Empty for most hops. Set
    /// only on a fresh copy (<see cref="WithConnectionWaits"/>), never on a hop in use.
    /// </summary>
    private ConnectionWait[] connectionWaits = [];

    /// <summary>A hop that takes no time (clients, off-path components, kinds without a service time).</summary>
    public static HopModel None { get; } = new(null, double.PositiveInfinity, false);

    /// <summary>The per-instance queue; null for a hop without one.</summary>
    public MmcQueue? Queue { get; }

    /// <summary>c, the servers per instance the queue runs (1 for a pure delay).</summary>
    public int Servers { get; }

    /// <summary>μ per server, per second.</summary>
    public double ServiceRate { get; }

    /// <summary>
    /// True when the offered load reaches the capacity, or a pooled caller's connection pool is over its own capacity
    /// (<see cref="SaturatedPool"/>): the queue grows without bound.
    /// </summary>
    public bool Saturated => saturated || SaturatedPool is not null;

    private readonly bool saturated;

    /// <summary>True when the hop's own load reaches its capacity (<see cref="Saturated"/> without a pool's).</summary>
    public bool OverCapacity => saturated;

    /// <summary>
    /// The caller whose connection pool in front of this hop cannot keep up (SD7009), or null. Its requests wait for a
    /// connection without bound; leaving that wait out made the latency finite while the pool was over capacity and
    /// larger once more caller instances made it stable. Set only on a fresh copy (<see cref="WithSaturatedPool"/>).
    /// </summary>
    public string? SaturatedPool { get; private set; }

    public bool TakesTime => !double.IsPositiveInfinity(ServiceRate);

    /// <summary>
    /// Seconds a request of a batching component waits for its batch to fill, (b − 1) ÷ (2λ) at λ requests per second
    /// per instance (docs/engine.md, "Batching"); 0 without batching. A constant added to the response time, left out
    /// of the floor (more instances lengthen it: the floor is the queue-free best case).
    /// </summary>
    public double FillWait { get; }

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

        var servers = (int)System.Math.Min(Knobs.MaxInstances, System.Math.Max(1, System.Math.Round(capacity.Value * serviceSeconds)));
        var mu = capacity.Value / servers;
        if (double.IsInfinity(1 / mu))
        {
            // A capacity so small (5e-324 req/s) that one request takes longer than any double: unbounded.
            return new HopModel(null, mu, true, servers);
        }

        var perInstance = load / node.InstanceCount;
        var queue = MmcQueue.TryCreate(perInstance, mu, servers, out _);
        var fillWait = node.BatchSize > 1 && perInstance > 0 && !double.IsInfinity(perInstance) ? (node.BatchSize - 1) / (2 * perInstance) : 0;
        return new HopModel(queue, mu, queue is null || !queue.IsStable, servers, fillWait);
    }

    /// <summary>
    /// The hop of <paramref name="node"/> at <paramref name="load"/> (another count, a scenario's load), keeping this hop's
    /// connection waits: the callers' pools wait the same whatever the database's count, so a scenario or a sizing
    /// search that rebuilt the hop without them would predict a latency the design does not have.
    /// </summary>
    public HopModel Resized(ResolvedComponent node, double load) =>
        SaturatedPool is { } caller ? For(node, load).WithConnectionWaits(connectionWaits).WithSaturatedPool(caller) : For(node, load).WithConnectionWaits(connectionWaits);

    /// <summary>This hop behind <paramref name="caller"/>'s connection pool that cannot keep up (a copy; the hop is shared).</summary>
    public HopModel WithSaturatedPool(string caller)
    {
        var copy = (HopModel)MemberwiseClone();
        copy.SaturatedPool ??= caller;
        return copy;
    }

    /// <summary>
    /// This hop as it is <paramref name="seconds"/> into a burst that began at a mean wait of <paramref name="startWait"/>
    /// (normal operation's): the wait of those who wait keeps the stationary shape, Exp, with its mean bounded by
    /// <see cref="BurstWait.MeanBound"/> where that is below the stationary C ÷ θ (docs/engine.md, "Failures", peak
    /// burst). The exponential tail is heavier than the bound's half-normal of the same mean, so percentiles are not
    /// understated. A saturated hop stays saturated: a burst over capacity is the capacity check's break.
    /// </summary>
    public HopModel ForBurst(double seconds, double startWait)
    {
        if (Queue is not { } queue || Saturated || waitProbability <= 0 || !(startWait >= 0) || double.IsInfinity(startWait))
        {
            return this;
        }

        var bound = BurstWait.MeanBound(queue.ArrivalRate, queue.Servers * ServiceRate, seconds, startWait);
        return bound >= MeanWait ? this : new HopModel(queue, ServiceRate, false, Servers, FillWait, bound).WithConnectionWaits(connectionWaits);
    }

    /// <summary>This hop with the connection waits of its pooled callers in front (a copy; the hop is shared).</summary>
    public HopModel WithConnectionWaits(ConnectionWait[] waits)
    {
        if (waits.Length == 0)
        {
            return this;
        }

        // A field-for-field copy, so a field added to the hop can never be left out of it.
        var copy = (HopModel)MemberwiseClone();
        copy.connectionWaits = waits;
        return copy;
    }

    /// <summary>Mean response time in seconds, no queueing when <paramref name="floor"/>.</summary>
    public double Mean(bool floor) =>
        !floor && SaturatedPool is not null ? double.PositiveInfinity
        : (!TakesTime ? 0
        : floor || Queue is null ? 1 / ServiceRate
        : (BurstBounded ? serviceTime + MeanWait : Queue.MeanResponseTime) + FillWait) + (floor ? 0 : MeanConnectionWait);

    /// <summary>The mean wait for a connection over every request of the hop: Σ share × C ÷ θ.</summary>
    public double MeanConnectionWait
    {
        get
        {
            var sum = 0.0;
            foreach (var wait in connectionWaits)
            {
                sum += wait.Share * wait.Probability * wait.DrainTime;
            }

            return sum;
        }
    }

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

            WaitForConnections(sRe, sIm, floor, re, im, offset);
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

            if (!floor && FillWait > 0)
            {
                // A constant delay w multiplies the transform by e^(−s·w) = e^(−Re·w)·(cos(Im·w) − i·sin(Im·w)).
                var scale = System.Math.Exp(-sRe[j] * FillWait);
                var (cos, sin) = (scale * System.Math.Cos(sIm[j] * FillWait), -scale * System.Math.Sin(sIm[j] * FillWait));
                (a, b) = ((a * cos) - (b * sin), (a * sin) + (b * cos));
            }

            re[offset + j] = a;
            im[offset + j] = b;
        }

        WaitForConnections(sRe, sIm, floor, re, im, offset);
    }

    /// <summary>
    /// Multiplies the transform by the connection wait's, a mixture over the pooled callers:
    /// (1 − Σ shareₖCₖ) + Σ shareₖCₖ·θₖ/(θₖ + s); nothing when <paramref name="floor"/> or no caller is pooled.
    /// </summary>
    private void WaitForConnections(double[] sRe, double[] sIm, bool floor, double[] re, double[] im, int offset)
    {
        if (floor || connectionWaits.Length == 0)
        {
            return;
        }

        for (var j = 0; j < sRe.Length; j++)
        {
            var (c, d) = (1.0, 0.0);
            foreach (var wait in connectionWaits)
            {
                var weight = wait.Share * wait.Probability;
                OneOverOnePlus(sRe[j] * wait.DrainTime, sIm[j] * wait.DrainTime, out var x, out var y);
                c += weight * (x - 1);
                d += weight * y;
            }

            var (a, b) = (re[offset + j], im[offset + j]);
            re[offset + j] = (a * c) - (b * d);
            im[offset + j] = (a * d) + (b * c);
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
