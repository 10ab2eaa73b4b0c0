using System.Numerics;
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
    private HopModel(MmcQueue? queue, double serviceRate, bool saturated)
    {
        Queue = queue;
        ServiceRate = serviceRate;
        Saturated = saturated;
    }

    /// <summary>A hop that takes no time (clients, off-path components, kinds without a service time).</summary>
    public static HopModel None { get; } = new(null, double.PositiveInfinity, false);

    /// <summary>The per-instance queue; null for a hop without one.</summary>
    public MmcQueue? Queue { get; }

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
        var perInstance = load / node.InstanceCount;
        var queue = MmcQueue.TryCreate(perInstance, mu, servers, out _);
        return new HopModel(queue, mu, queue is null || !queue.IsStable);
    }

    /// <summary>Mean response time in seconds, no queueing when <paramref name="floor"/>.</summary>
    public double Mean(bool floor) =>
        !TakesTime ? 0
        : floor || Queue is null ? 1 / ServiceRate
        : Queue.MeanResponseTime;

    /// <summary>
    /// The Laplace–Stieltjes transform of the response time at s. With probability 1 − C the request is served at
    /// once (Exp(μ)); with probability C it first waits Exp(cμ − λ) (Erlang C; Gross &amp; Harris, §2.3).
    /// </summary>
    public Complex Transform(Complex s, bool floor)
    {
        if (!TakesTime)
        {
            return Complex.One;
        }

        var service = ServiceRate / (ServiceRate + s);
        if (floor || Queue is null || Queue.ProbabilityOfWaiting <= 0)
        {
            return service;
        }

        var c = Queue.ProbabilityOfWaiting;
        var theta = (Queue.Servers * ServiceRate) - Queue.ArrivalRate;
        return ((1 - c) * service) + (c * (theta / (theta + s)) * service);
    }
}
