using System;
using System.Collections.Generic;

namespace SystemDesign.Engine.Flow;

/// <summary>
/// A service's edges grouped by what they lead to, in order of first appearance: one group per kind of store,
/// cache, queue or router (shards and replicas share the traffic), one per called service (<c>Service</c> ≥ 0),
/// and its look-aside caches apart. Scratch space: <see cref="RoutingPlan"/> copies the groups out and
/// <see cref="Clear"/> keeps the lists for the next node, so planning a large design does not allocate per node.
/// A service has a handful of groups, found by a linear scan; a lookup table is built only for a node with
/// many, where the scan would make a wide fan-out quadratic.
/// </summary>
internal sealed class ServiceGroups
{
    private const int ScanLimit = 16;

    private readonly List<(string Kind, int Service, List<FlowEdge> Edges)> groups = [];
    private readonly Stack<List<FlowEdge>> spare = new();
    private Dictionary<(string Kind, int Service), int>? index;

    /// <summary>The edges to look-aside caches, in edge order.</summary>
    public List<FlowEdge> LookAside { get; } = [];

    public int Count => groups.Count;

    public (string Kind, int Service, List<FlowEdge> Edges) this[int i] => groups[i];

    public void Add(string kind, int service, FlowEdge edge)
    {
        var at = Find(kind, service);
        if (at < 0)
        {
            groups.Add((kind, service, spare.Count > 0 ? spare.Pop() : []));
            at = groups.Count - 1;
            if (index is not null)
            {
                index.Add((kind, service), at);
            }
            else if (groups.Count > ScanLimit)
            {
                index = new Dictionary<(string Kind, int Service), int>(KeyComparer.Instance);
                for (var i = 0; i < groups.Count; i++)
                {
                    index.Add((groups[i].Kind, groups[i].Service), i);
                }
            }
        }

        groups[at].Edges.Add(edge);
    }

    public void Clear()
    {
        foreach (var group in groups)
        {
            group.Edges.Clear();
            spare.Push(group.Edges);
        }

        groups.Clear();
        LookAside.Clear();
        index = null;
    }

    private int Find(string kind, int service)
    {
        if (index is not null)
        {
            return index.TryGetValue((kind, service), out var at) ? at : -1;
        }

        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Service == service && string.Equals(groups[i].Kind, kind, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class KeyComparer : IEqualityComparer<(string Kind, int Service)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((string Kind, int Service) x, (string Kind, int Service) y) =>
            x.Service == y.Service && string.Equals(x.Kind, y.Kind, StringComparison.Ordinal);

        public int GetHashCode((string Kind, int Service) key) => (StringComparer.Ordinal.GetHashCode(key.Kind) * 31) + key.Service;
    }
}
