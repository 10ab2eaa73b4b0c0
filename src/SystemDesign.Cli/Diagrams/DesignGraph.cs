using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Cli.Grading;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Cli.Diagrams;

/// <summary>How close a component runs to its capacity, the colour of its box in every diagram and the HTML table.</summary>
internal enum UtilizationBand
{
    /// <summary>No capacity figure (clients, off-path components).</summary>
    Idle,

    /// <summary>Below <see cref="DesignGraph.Tight"/> of capacity.</summary>
    Ok,

    /// <summary>From <see cref="DesignGraph.Tight"/> of capacity: little headroom left.</summary>
    Tight,

    /// <summary>At or above capacity: the queue grows without bound.</summary>
    Over,
}

/// <summary>One box: a component with the figures the engine worked out for it.</summary>
internal sealed record GraphNode(string Id, string Name, string Type, string Kind, long Instances, double? Utilization, bool OnRequestPath)
{
    public UtilizationBand Band => DesignGraph.BandOf(Utilization);

    /// <summary>
    /// Queues and streams are drawn apart: they decouple, they do not serve a request. The registry's behaviour kind
    /// decides (aliases resolved), never the type's name: a <c>stream_processor</c> is a worker.
    /// </summary>
    public bool IsQueue => Kind is "queue" or "stream";

    /// <summary>The lines of the box: name; type × instances; utilization.</summary>
    public IReadOnlyList<string> Lines =>
        [Name, Type + " × " + Count(Instances), Utilization is { } u ? ShortPercent(u) + " utilized" : OnRequestPath ? "no capacity limit" : "off the request path"];
}

/// <summary>One arrow: a declared connection, its kind and what the engine sends along it (null when not graded).</summary>
internal sealed record GraphEdge(string From, string To, ConnectionKind Kind, ConnectionResult? Load = null)
{
    /// <summary>
    /// The label of the arrow: the kind in the builder's words ("reads", "replicates") and the rate it carries at the
    /// target ("reads · 180/s"); an edge the engine routes nothing along says why ("telemetry", "ignored").
    /// </summary>
    public string Label => Load switch
    {
        null => KindWord,
        { Role: "telemetry" or "ignored" } => KindWord + " · " + (Load.Role == "ignored" ? "ignored" : "off path"),
        _ => KindWord + " · " + Rate(Load.OfferedRps) + "/s",
    };

    /// <summary>Drawn dashed: the caller does not wait (replication, messaging) or nothing flows (telemetry, ignored).</summary>
    public bool IsDashed => Kind is ConnectionKind.Replicates or ConnectionKind.Publishes or ConnectionKind.Consumes || Load?.Role is "telemetry" or "ignored";

    private string KindWord => Kind == ConnectionKind.Default ? "calls" : Kind.ToString().ToLowerInvariant();
}

/// <summary>
/// The architecture of one graded design as a graph, in declaration order (so every writer's output is stable): the
/// interpreter's components and connections, with each component's instances and utilization from the evaluation.
/// </summary>
internal sealed record DesignGraph(string Title, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    /// <summary>Utilization from which a component is shown as tight (amber): less than 25% headroom left.</summary>
    public const double Tight = 0.8;

    public static UtilizationBand BandOf(double? utilization) => utilization switch
    {
        null => UtilizationBand.Idle,
        >= 1 => UtilizationBand.Over,
        >= Tight => UtilizationBand.Tight,
        _ => UtilizationBand.Ok,
    };

    /// <summary>The fill colour of a band, shared by the SVG, DOT, Mermaid and HTML output.</summary>
    public static string Fill(UtilizationBand band) => band switch
    {
        UtilizationBand.Ok => "#dafbe1",
        UtilizationBand.Tight => "#fff1c2",
        UtilizationBand.Over => "#ffd7d5",
        _ => "#f6f8fa",
    };

    public static DesignGraph From(GradedDesign design)
    {
        var architecture = design.Architecture ?? throw new ArgumentException("the design was not graded", nameof(design));
        var results = design.Evaluation?.Components.ToDictionary(c => c.Name, StringComparer.Ordinal) ?? new Dictionary<string, ComponentResult>(StringComparer.Ordinal);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var nodes = new List<GraphNode>();
        foreach (var component in architecture.Components)
        {
            if (ids.ContainsKey(component.Name))
            {
                continue; // SD0002 reports the duplicate; the picture shows the first
            }

            var id = "n" + nodes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ids[component.Name] = id;
            results.TryGetValue(component.Name, out var result);
            nodes.Add(new GraphNode(
                id,
                component.Name,
                component.Type,
                result?.Kind ?? ProblemCatalog.BuiltIn.Components.Resolve(component.Type)?.Kind.Id ?? string.Empty,
                (long)(result?.Instances.Value ?? component.Instances ?? 1),
                result?.Utilization,
                result?.OnRequestPath ?? true));
        }

        // The evaluation has one connection result per declared connection, in the same order.
        var loads = design.Evaluation?.Connections is { } graded && graded.Count == architecture.Connections.Count ? graded : null;

        // A connection to an unknown name is SD0004's to report; it has no box to point at.
        var edges = architecture.Connections
            .Select((c, i) => (Connection: c, Load: loads?[i]))
            .Where(c => ids.ContainsKey(c.Connection.From) && ids.ContainsKey(c.Connection.To))
            .Select(c => new GraphEdge(ids[c.Connection.From], ids[c.Connection.To], c.Connection.Kind, c.Load))
            .ToArray();
        return new DesignGraph(design.Name, nodes, edges);
    }
}
