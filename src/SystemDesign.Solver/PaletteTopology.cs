using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Solver;

/// <summary>
/// A topology from a problem's palette when the catalog has no reference solution: one component per palette type,
/// wired by behaviour kind the way requests travel: clients → edge (CDN) → routing (load balancers, gateways, network)
/// → services → caches → stores, with queues and streams between services and the workers that consume them.
/// </summary>
internal static class PaletteTopology
{
    private enum Layer
    {
        Client,
        Edge,
        Routing,
        Service,
        Worker,
        Messaging,
        Cache,
        Store,
        OffPath,
    }

    public static Topology Build(Problem problem, ComponentRegistry registry)
    {
        var palette = problem.Palette.Count > 0 ? problem.Palette : ["client", "app", "db_primary"];
        var parts = new List<(Part Part, Layer Layer, string Kind)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in palette.Distinct(StringComparer.Ordinal))
        {
            var kind = registry.Resolve(type)?.Kind.Id ?? "compute";
            parts.Add((Part.Titled(type, registry, names), LayerOf(kind, registry.FindKind(kind)?.OnRequestPath ?? true), kind));
        }

        // A request needs somewhere to run: a palette of stores only gets the registry's app tier in front.
        if (!parts.Any(p => p.Layer is Layer.Service or Layer.Worker))
        {
            parts.Add((new Part("App Servers", "app"), Layer.Service, "compute"));
        }

        var ordered = parts.OrderBy(p => p.Layer).ToList();
        var connections = new List<Connection>();
        IEnumerable<Part> Of(params Layer[] layers) => ordered.Where(p => layers.Contains(p.Layer)).Select(p => p.Part);
        void Link(Part from, Part to, ConnectionKind kind) => connections.Add(new Connection(from.Name, to.Name, kind));

        // Every source to every target, sources outer: the order the edges are written in.
        void LinkAll(IEnumerable<Part> from, IEnumerable<Part> to, ConnectionKind kind) =>
            connections.AddRange(from.SelectMany(f => to.Select(t => new Connection(f.Name, t.Name, kind))));

        var clients = Of(Layer.Client).ToList();
        var edge = Of(Layer.Edge).ToList();
        var routing = Of(Layer.Routing).ToList();
        var services = Of(Layer.Service).ToList();
        var workers = Of(Layer.Worker).ToList();
        var messaging = Of(Layer.Messaging).ToList();
        var front = services.Count > 0 ? services : workers;

        // Each stage calls the next; a stage of several components is a chain (a CDN in front of a gateway in front of a balancer).
        var chain = new List<List<Part>>();
        chain.AddRange(clients.Select(c => new List<Part> { c }).Take(1));
        chain.AddRange(edge.Select(e => new List<Part> { e }));
        chain.AddRange(routing.Select(r => new List<Part> { r }));
        chain.Add(front);
        for (var i = 1; i < chain.Count; i++)
        {
            LinkAll(chain[i - 1], chain[i], ConnectionKind.Default);
        }

        LinkAll(clients.Skip(1), [chain.Count > 1 ? chain[1][0] : front[0]], ConnectionKind.Default);

        // Asynchronous work: services publish, workers consume (or services consume when there are no workers).
        foreach (var channel in messaging)
        {
            LinkAll(front == workers ? [] : services, [channel], ConnectionKind.Publishes);
            LinkAll([channel], workers.Count > 0 ? workers : services, ConnectionKind.Consumes);
        }

        if (messaging.Count == 0 && front != workers)
        {
            foreach (var w in workers)
            {
                LinkAll(services, [w], ConnectionKind.Calls);
            }
        }

        var compute = services.Concat(workers).ToList();
        var caches = ordered.Where(p => p.Layer == Layer.Cache).ToList();
        var stores = ordered.Where(p => p.Layer == Layer.Store).ToList();
        foreach (var s in compute)
        {
            foreach (var c in caches)
            {
                Link(s, c.Part, ConnectionKind.Reads);
            }

            foreach (var store in stores)
            {
                Link(s, store.Part, StoreEdge(store.Kind));
            }
        }

        // A cache passes its misses on to where the data lives.
        LinkAll(caches.Select(c => c.Part), stores.Where(s => s.Kind is not "db_primary" and not "object_store").Select(s => s.Part), ConnectionKind.Reads);
        LinkAll(stores.Where(s => s.Kind == "db_primary").Select(s => s.Part), stores.Where(s => s.Kind == "db_replica").Select(s => s.Part), ConnectionKind.Replicates);

        // Off-path components (monitoring, control planes) hang off the first service: structure, no traffic.
        LinkAll([compute[0]], Of(Layer.OffPath), ConnectionKind.Default);

        return new Topology(TopologyOrigin.Palette, [.. ordered.Select(p => p.Part)], connections);
    }

    private static ConnectionKind StoreEdge(string kind) => kind switch
    {
        "db_replica" or "search" => ConnectionKind.Reads,
        "db_primary" or "object_store" => ConnectionKind.Writes,
        _ => ConnectionKind.Calls,
    };

    private static Layer LayerOf(string kind, bool onRequestPath) => !onRequestPath ? Layer.OffPath : kind switch
    {
        "client" => Layer.Client,
        "cdn" => Layer.Edge,
        "load_balancer" or "api_gateway" or "network" => Layer.Routing,
        "worker" => Layer.Worker,
        "queue" or "stream" => Layer.Messaging,
        "cache" => Layer.Cache,
        "db_primary" or "db_replica" or "database" or "object_store" or "search" or "consensus" => Layer.Store,
        _ => Layer.Service,
    };
}
