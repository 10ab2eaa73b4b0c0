using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Solver;

/// <summary>
/// Completes a topology with what the problem's tiers require that no count can give: a component of a required type
/// the topology lacks (a reference solution that misses its own tier), and an outgoing connection a tier asks for.
/// </summary>
internal static class TierShape
{
    public static Topology Complete(Problem problem, Topology topology, ComponentRegistry registry)
    {
        var parts = topology.Parts.ToList();
        var connections = topology.Connections.ToList();
        var names = new HashSet<string>(parts.Select(p => p.Name), StringComparer.Ordinal);
        string KindOf(string type) => registry.Resolve(type)?.Kind.Id ?? "compute";
        bool Has(string type) => parts.Any(p => registry.Meets(p.Type, type));

        foreach (var requirement in problem.Tiers.SelectMany(t => t.Requirements))
        {
            if (requirement.Kind is RequirementKind.ParameterRange || Has(requirement.Type))
            {
                continue;
            }

            var part = Part.Titled(requirement.Type, registry, names);
            var kind = KindOf(requirement.Type);
            var caller = Caller(parts, kind, KindOf);
            parts.Add(part);
            if (caller is not null)
            {
                connections.Add(new Connection(caller.Name, part.Name, ConnectionKind.Default));
            }
            else if (parts.FirstOrDefault(p => p != part) is { } next)
            {
                connections.Add(new Connection(part.Name, next.Name, ConnectionKind.Default));
            }
        }

        foreach (var requirement in problem.Tiers.SelectMany(t => t.Requirements).OfType<ConnectionFromRequirement>())
        {
            var from = parts.Where(p => registry.Meets(p.Type, requirement.Type)).ToList();
            if (from.Count == 0 || connections.Any(c => from.Any(p => p.Name == c.From) && c.To != c.From))
            {
                continue;
            }

            // The first component after it in the topology's order is what it would call.
            var index = parts.IndexOf(from[0]);
            if (parts.Skip(index + 1).Concat(parts.Take(index)).FirstOrDefault(p => KindOf(p.Type) != "client") is { } to)
            {
                connections.Add(new Connection(from[0].Name, to.Name, ConnectionKind.Default));
            }
        }

        return parts.Count == topology.Parts.Count && connections.Count == topology.Connections.Count
            ? topology
            : topology with { Parts = parts, Connections = connections };
    }

    // Who would call a new component of this kind: a service for stores, caches and off-path parts; a router or client for services.
    private static Part? Caller(List<Part> parts, string kind, Func<string, string> kindOf)
    {
        var services = parts.Where(p => kindOf(p.Type) is "compute" or "worker" or "websocket").ToList();
        var front = parts.Where(p => kindOf(p.Type) is "load_balancer" or "api_gateway" or "client").ToList();
        return kind switch
        {
            "client" => null,
            "compute" or "worker" or "websocket" or "load_balancer" or "api_gateway" or "cdn" => front.LastOrDefault() ?? services.FirstOrDefault(),
            _ => services.FirstOrDefault() ?? front.LastOrDefault(),
        };
    }
}
