using System;
using System.Collections.Generic;
using System.Globalization;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Latency;

/// <summary>
/// A small random design (2–5 components behind one client) built twice: as an <see cref="Architecture"/> for the
/// engine, and as stations and request routes for a discrete-event simulation that knows nothing of the engine's
/// transforms. Each instance of a component is a FIFO queue with c exponential servers of mean service time S and
/// the component's capacity c/S; a request visits its components one after the other, each instance drawn at random.
/// </summary>
internal sealed class DesignSimulation
{
    private readonly List<Station> stations = [];
    private readonly List<Func<Random, bool, int[]>> steps = [];

    private DesignSimulation(int seed)
    {
        var random = new Random(seed);
        Seed = seed;
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        (int Station, Node Node)? lb = random.NextDouble() < 0.5 ? Add(a.LoadBalancer("LB"), random, 1, 2, 0.5, 2, 2) : null;
        var poolCount = lb is not null && random.NextDouble() < 0.6 ? 2 : 1;
        var pools = new List<(int Station, double Weight, Node Node)>();
        for (var i = 0; i < poolCount; i++)
        {
            var node = a.App("Pool " + i.ToString(CultureInfo.InvariantCulture));
            pools.Add((Add(node, random, 1, 4, 5, 20, 3).Station, 1 + random.Next(3), node));
        }

        if (lb is { } balancer)
        {
            users.Calls(balancer.Node);
            foreach (var pool in pools)
            {
                ((LoadBalancerNode)balancer.Node).Calls(pool.Node).Weight(pool.Weight);
            }
        }
        else
        {
            users.Calls(pools[0].Node);
        }

        Backend = random.Next(4);
        var cacheHit = 0.5 + (0.45 * random.NextDouble());
        var none = (Station: -1, Node: (Node)users);
        (int Station, Node Node) cache = none, store = none, reads = none, tier = none;
        switch (Backend)
        {
            case 0: // look-aside cache, then the primary on a miss (plain edge: reads and writes)
                cache = Add(a.Cache("Cache").HitRate(cacheHit), random, 1, 2, 0.5, 2, 1);
                store = Add(a.DbPrimary("DB"), random, 1, 4, 2, 10, 2);
                break;
            case 1: // reads to a replica, writes to the primary
                reads = Add(a.DbReplica("Replica"), random, 1, 4, 2, 10, 2);
                store = Add(a.DbPrimary("Primary"), random, 1, 4, 2, 10, 1);
                break;
            case 2: // a second tier of services, then the primary
                tier = Add(a.Worker("Backend"), random, 1, 4, 2, 10, 2);
                store = Add(a.DbPrimary("DB"), random, 1, 4, 2, 10, 2);
                break;
            default: // the primary alone
                store = Add(a.DbPrimary("DB"), random, 1, 4, 2, 10, 2);
                break;
        }

        foreach (var pool in pools)
        {
            var app = (AppNode)pool.Node;
            switch (Backend)
            {
                case 0:
                    app.Reads(cache.Node);
                    app.ConnectsTo(store.Node);
                    break;
                case 1:
                    app.Reads(reads.Node);
                    app.Writes(store.Node);
                    break;
                case 2:
                    app.Calls(tier.Node);
                    break;
                default:
                    app.ConnectsTo(store.Node);
                    break;
            }
        }

        if (Backend == 2)
        {
            tier.Node.ConnectsTo(store.Node);
        }

        var totalWeight = 0.0;
        foreach (var pool in pools)
        {
            totalWeight += pool.Weight;
        }

        Route = (r, isRead) =>
        {
            var route = new List<int>(5);
            if (lb is { } l)
            {
                route.Add(l.Station);
            }

            var pick = r.NextDouble() * totalWeight;
            var chosen = pools[^1].Station;
            foreach (var pool in pools)
            {
                if ((pick -= pool.Weight) < 0)
                {
                    chosen = pool.Station;
                    break;
                }
            }

            route.Add(chosen);
            switch (Backend)
            {
                case 0:
                    if (isRead)
                    {
                        route.Add(cache.Station);
                        if (r.NextDouble() >= cacheHit)
                        {
                            route.Add(store.Station);
                        }
                    }
                    else
                    {
                        route.Add(store.Station);
                    }

                    break;
                case 1:
                    route.Add(isRead ? reads.Station : store.Station);
                    break;
                case 2:
                    route.Add(tier.Station);
                    route.Add(store.Station);
                    break;
                default:
                    route.Add(store.Station);
                    break;
            }

            return [.. route];
        };

        Architecture = a.Build();
        Utilization = 0.4 + (0.35 * random.NextDouble());
        ReadRatio = 0.5 + (0.4 * random.NextDouble());
        Rate = RateForUtilization(new Random(seed + 1));
    }

    public int Seed { get; }

    public int Backend { get; }

    public Architecture Architecture { get; }

    /// <summary>The utilization of the busiest component.</summary>
    public double Utilization { get; }

    public double ReadRatio { get; }

    public double Rate { get; }

    public int Components => stations.Count;

    private Func<Random, bool, int[]> Route { get; }

    public static DesignSimulation Create(int seed) => new(seed);

    /// <summary>Simulates <paramref name="requests"/> requests (the first 10% warm the queues up) and returns the sorted response times per class.</summary>
    public (double[] Reads, double[] Writes) Run(int requests, int seed)
    {
        var random = new Random(seed);
        var freeAt = new double[stations.Count][][];
        for (var s = 0; s < stations.Count; s++)
        {
            freeAt[s] = new double[stations[s].Instances][];
            for (var i = 0; i < stations[s].Instances; i++)
            {
                freeAt[s][i] = new double[stations[s].Servers];
            }
        }

        var routes = new int[requests][];
        var isRead = new bool[requests];
        var born = new double[requests];
        var position = new int[requests];
        var events = new PriorityQueue<int, double>(requests);
        var now = 0.0;
        for (var r = 0; r < requests; r++)
        {
            now += Exponential(random, Rate);
            isRead[r] = random.NextDouble() < ReadRatio;
            routes[r] = Route(random, isRead[r]);
            born[r] = now;
            events.Enqueue(r, now);
        }

        var warmUp = requests / 10;
        var reads = new List<double>(requests);
        var writes = new List<double>(requests);

        // Events in time order, so every station sees its arrivals in time order: FIFO holds, and the server that
        // frees first takes the next arrival.
        while (events.TryDequeue(out var request, out var time))
        {
            var station = stations[routes[request][position[request]]];
            var servers = freeAt[routes[request][position[request]]][random.Next(station.Instances)];
            var server = 0;
            for (var s = 1; s < servers.Length; s++)
            {
                if (servers[s] < servers[server])
                {
                    server = s;
                }
            }

            var done = System.Math.Max(time, servers[server]) + Exponential(random, 1000 / station.ServiceMs);
            servers[server] = done;
            if (++position[request] < routes[request].Length)
            {
                events.Enqueue(request, done);
            }
            else if (request >= warmUp)
            {
                (isRead[request] ? reads : writes).Add(done - born[request]);
            }
        }

        var readTimes = reads.ToArray();
        var writeTimes = writes.ToArray();
        Array.Sort(readTimes);
        Array.Sort(writeTimes);
        return (readTimes, writeTimes);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"seed {Seed}: {Components} components ({string.Join(", ", stations.ConvertAll(s => $"{s.Name} {s.Instances}×c{s.Servers} {s.ServiceMs:0.##} ms"))}), backend {Backend}, {Rate:0.#} req/s, {ReadRatio:P0} reads, busiest at {Utilization:P0}");

    private static double Exponential(Random random, double rate) => -System.Math.Log(1 - random.NextDouble()) / rate;

    private (int Station, Node Node) Add<T>(Node<T> node, Random random, int minServers, int maxServers, double minMs, double maxMs, int maxInstances)
        where T : Node<T>
    {
        var servers = minServers + random.Next(maxServers - minServers + 1);
        var ms = minMs + ((maxMs - minMs) * random.NextDouble());
        var instances = 1 + random.Next(maxInstances);
        node.Instances(instances).ServiceTime(ms).CapacityPerInstance(servers * 1000 / ms);
        stations.Add(new Station(node.Name, instances, servers, ms));
        return (stations.Count - 1, node);
    }

    // The client rate that puts the busiest component at the chosen utilization, from the visit rates of 100,000 routes.
    private double RateForUtilization(Random random)
    {
        const int Samples = 100_000;
        var visits = new double[stations.Count];
        for (var i = 0; i < Samples; i++)
        {
            foreach (var s in Route(random, random.NextDouble() < ReadRatio))
            {
                visits[s] += 1.0 / Samples;
            }
        }

        var busiest = 0.0;
        for (var s = 0; s < stations.Count; s++)
        {
            busiest = System.Math.Max(busiest, visits[s] * stations[s].ServiceMs / 1000 / (stations[s].Servers * stations[s].Instances));
        }

        return Utilization / busiest;
    }

    private sealed record Station(string Name, int Instances, int Servers, double ServiceMs);
}
