using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Latency;

/// <summary>
/// A seeded discrete-event simulation of any design as the engine models it: the same resolved components, flow
/// graph and routing plans (which way a request of a class goes, with which fraction), and each instance a FIFO queue
/// of c exponential servers of rate μ (the hop's own figures), but real queues instead of the engine's transforms.
/// So it checks what the routing leaves to the latency math: the per-hop M/M/c sojourn times, their independence
/// along a path (Jackson's theorem), the mixtures and the inversion. Every request of every class is simulated from
/// every entry, with the loads the engine's flow gives: a message published to a queue or stream goes on to its
/// consumers as an unmeasured job (the publisher waits for the enqueue only), and a write reaching a primary is
/// applied by every instance of each replica (replication is not shared). A look-aside lookup misses with the hit rate
/// of the cache the request asked.
/// </summary>
internal sealed class NetworkSimulation
{
    private readonly FlowGraph graph;
    private readonly HopModel[] hops;
    private readonly double[] readShares;
    private readonly double[] writeShares;

    private NetworkSimulation(FlowGraph graph, HopModel[] hops, double rate, double readRatio)
    {
        this.graph = graph;
        this.hops = hops;
        Rate = rate;
        ReadRatio = readRatio;
        readShares = graph.Shares.Reads;
        writeShares = graph.Shares.Writes;
    }

    /// <summary>Requests per second from all entries together.</summary>
    public double Rate { get; }

    public double ReadRatio { get; }

    /// <summary>The busiest instance's utilization, λ ÷ (c·μ), over every hop that queues.</summary>
    public double BusiestUtilization => hops.Max(h => h.Queue?.Utilization ?? 0);

    /// <summary>
    /// The arrivals the least busy queueing instance gets in a run of <paramref name="requests"/> client requests
    /// (its per-instance rate λ over the run's length). Every queue starts empty: an instance that sees few arrivals
    /// is still warming up when the run ends, and its response times are too short.
    /// </summary>
    public double FewestArrivalsPerInstance(int requests) =>
        hops.Where(h => h.Queue is { ArrivalRate: > 0 }).Select(h => h.Queue!.ArrivalRate * requests / Rate).DefaultIfEmpty(0).Min();

    /// <summary>The entries' names, in the graph's order.</summary>
    public IReadOnlyList<string> Entries => [.. graph.Entries.Select(e => graph.Nodes[e].Name)];

    /// <summary>
    /// The design as the evaluator builds it (resolution, flow graph, traffic at the problem's request rate, hop models),
    /// or null with the reason when the engine's model has something this simulation does not run.
    /// </summary>
    public static (NetworkSimulation? Simulation, string? Unsupported) For(Problem problem, Architecture design)
    {
        var registry = ProblemCatalog.BuiltIn.Components;
        var workload = Grader.Grade(problem, design, registry).Workload;
        if (workload.RequestRps?.Value is not { } rate || rate <= 0)
        {
            return (null, "no request rate");
        }

        var resolver = new ComponentResolver(problem, registry);
        var nodes = design.Components.Select((c, i) => resolver.Resolve(c, i)).ToArray();
        var graph = FlowGraph.Build(nodes, design.Connections);
        var flow = TrafficFlow.Compute(graph, rate, workload.ReadRatio.Value);
        var hops = nodes.Select(n => HopModel.For(n, flow.Load(graph, n.Index))).ToArray();
        if (hops.FirstOrDefault(h => h.Saturated) is not null)
        {
            return (null, "a saturated component");
        }

        if (hops.Any(h => h.FillWait > 0))
        {
            return (null, "batching (the fill wait is a constant the simulation does not add)");
        }

        if (design.Connections.Any(c => c.TimeoutMs is not null || c.Retries is not null))
        {
            return (null, "timeouts or retries (their amplification is a separate model)");
        }

        return (new NetworkSimulation(graph, hops, rate, workload.ReadRatio.Value), null);
    }

    /// <summary>
    /// Simulates <paramref name="requests"/> client requests (the first tenth warm the queues up and are not measured)
    /// and returns, per entry name and class ("read", "write"), the measured response times in seconds in order of arrival.
    /// </summary>
    public Dictionary<(string Entry, string Class), List<double>> Run(int requests, int seed)
    {
        var random = new Random(seed);
        var freeAt = new double[hops.Length][][];
        for (var i = 0; i < hops.Length; i++)
        {
            if (hops[i].Queue is not null)
            {
                freeAt[i] = new double[graph.Nodes[i].InstanceCount][];
                for (var k = 0; k < freeAt[i].Length; k++)
                {
                    freeAt[i][k] = new double[hops[i].Servers];
                }
            }
        }

        var results = new Dictionary<(string, string), List<double>>();
        var events = new PriorityQueue<Job, (double Time, long Order)>();
        long order = 0;
        var warmUp = requests / 10;
        var arrived = 0;
        var nextArrival = Exponential(random, Rate);

        // Events in time order (ties by creation), so every instance sees its arrivals in time order: FIFO holds, and
        // the server that frees first takes the next arrival. Arrivals are drawn when due, so the queue of events
        // holds the requests in flight only.
        while (true)
        {
            Job job;
            double time;
            if (arrived < requests && (events.Count == 0 || events.TryPeek(out _, out var first) && nextArrival <= first.Time))
            {
                var isRead = random.NextDouble() < ReadRatio;
                var entry = Pick(random, isRead ? readShares : writeShares);
                var steps = new List<Step>();
                Walk(random, graph.Entries[entry], isRead ? RequestClass.Read : RequestClass.Write, steps);
                time = nextArrival;
                job = new Job(steps, time, arrived >= warmUp ? (graph.Nodes[graph.Entries[entry]].Name, isRead ? "read" : "write") : null);
                arrived++;
                nextArrival += Exponential(random, Rate);
            }
            else if (!events.TryDequeue(out job!, out var at))
            {
                break;
            }
            else
            {
                time = at.Time;
            }

            var visiting = false;
            while (!visiting && job.Position < job.Steps.Count)
            {
                var step = job.Steps[job.Position++];
                if (step.Spawn is { } child)
                {
                    events.Enqueue(new Job(child, time, null), (time, order++));
                    continue;
                }

                var hop = hops[step.Node];
                double done;
                if (hop.Queue is null)
                {
                    done = time + Exponential(random, hop.ServiceRate);
                }
                else
                {
                    var servers = freeAt[step.Node][step.Instance >= 0 ? step.Instance : random.Next(freeAt[step.Node].Length)];
                    var server = 0;
                    for (var s = 1; s < servers.Length; s++)
                    {
                        if (servers[s] < servers[server])
                        {
                            server = s;
                        }
                    }

                    done = System.Math.Max(time, servers[server]) + Exponential(random, hop.ServiceRate);
                    servers[server] = done;
                }

                events.Enqueue(job, (done, order++));
                visiting = true;
            }

            if (!visiting && job.Measured is { } key)
            {
                if (!results.TryGetValue(key, out var list))
                {
                    results[key] = list = [];
                }

                list.Add(time - job.Born);
            }
        }

        return results;
    }

    // The stations a request of class c visits from node on, in order, as the engine's routing plans send it.
    private void Walk(Random random, int node, RequestClass c, List<Step> steps)
    {
        var component = graph.Nodes[node];
        if (hops[node].TakesTime)
        {
            steps.Add(new Step(node, -1, null));
        }

        if (c == RequestClass.Write)
        {
            foreach (var e in graph.Outgoing[node].Where(e => e.Role == EdgeRole.Replication))
            {
                for (var i = 0; i < graph.Nodes[e.To].InstanceCount && hops[e.To].TakesTime; i++)
                {
                    steps.Add(new Step(-1, -1, [new Step(e.To, hops[e.To].Queue is null ? -1 : i, null)]));
                }
            }
        }

        var plan = graph.Plan(node, c);
        if (component.Behaviour == Behaviour.Messaging)
        {
            // The publisher waits for the enqueue only; the consumers take the message as a job of their own.
            var consumers = new List<Step>();
            foreach (var group in plan.Groups)
            {
                var (edge, _) = PickEdge(random, group);
                Walk(random, edge.To, RequestClass.Write, consumers);
            }

            if (consumers.Count > 0)
            {
                steps.Add(new Step(-1, -1, consumers));
            }

            return;
        }

        if (component.Behaviour == Behaviour.Cache)
        {
            // An inline cache answers its hits; a miss goes on through its one group.
            if (plan.Groups.Count > 0 && random.NextDouble() < plan.MissRate)
            {
                var (edge, _) = PickEdge(random, plan.Groups[0]);
                Walk(random, edge.To, Next(c, edge), steps);
            }

            return;
        }

        var missed = true;
        foreach (var group in plan.Groups)
        {
            var (edge, _) = PickEdge(random, group);
            if (edge.Role == EdgeRole.LookAside)
            {
                Walk(random, edge.To, Next(c, edge), steps);
                missed = random.NextDouble() >= (graph.Nodes[edge.To].HitRate?.Value ?? 0);
                continue;
            }

            if (!group.AfterMiss || missed)
            {
                Walk(random, edge.To, Next(c, edge), steps);
            }
        }
    }

    private static RequestClass Next(RequestClass c, FlowEdge edge) =>
        c == RequestClass.Read && edge.Role != EdgeRole.Consume ? RequestClass.Read : RequestClass.Write;

    private static (FlowEdge Edge, double Fraction) PickEdge(Random random, RouteGroup group)
    {
        var pick = random.NextDouble();
        foreach (var part in group.Edges)
        {
            if ((pick -= part.Fraction) < 0)
            {
                return part;
            }
        }

        return group.Edges[^1];
    }

    private static int Pick(Random random, double[] shares)
    {
        var pick = random.NextDouble();
        for (var i = 0; i < shares.Length; i++)
        {
            if (shares[i] > 0 && (pick -= shares[i]) < 0)
            {
                return i;
            }
        }

        return Array.FindLastIndex(shares, s => s > 0);
    }

    private static double Exponential(Random random, double rate) => -System.Math.Log(1 - random.NextDouble()) / rate;

    // One visit to a node (any instance: -1, or the given one), or a job of its own started at this point (Spawn).
    private sealed record Step(int Node, int Instance, List<Step>? Spawn);

    private sealed class Job(List<Step> steps, double born, (string, string)? measured)
    {
        public List<Step> Steps { get; } = steps;

        public double Born { get; } = born;

        public (string, string)? Measured { get; } = measured;

        public int Position { get; set; }
    }
}
