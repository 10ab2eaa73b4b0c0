using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Solver;

/// <summary>A component of a topology: its name and catalog type; the solver sizes it.</summary>
/// <param name="Name">A unique name.</param>
/// <param name="Type">The catalog type.</param>
public sealed record Part(string Name, string Type)
{
    /// <summary>
    /// Knobs the problem states for this component and the solver keeps as they are (a client's workload share or
    /// rate from the reference solution), by parameter name; empty for most parts.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, double>> Stated { get; init; } = [];

    /// <summary>
    /// A new part of <paramref name="type"/> named by the type's title ("Cache", then "Cache 2", ...) with a name not
    /// yet in <paramref name="names"/>, which takes it.
    /// </summary>
    internal static Part Titled(string type, ComponentRegistry registry, ISet<string> names)
    {
        var title = registry.Resolve(type)?.Title is { Length: > 0 } t ? t : type;
        var name = title;
        for (var i = 2; !names.Add(name); i++)
        {
            name = title + " " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new Part(name, type);
    }
}

/// <summary>Components and connections without counts: the shape the solver sizes.</summary>
/// <param name="Origin">Where the shape came from.</param>
/// <param name="Parts">The components, in order.</param>
/// <param name="Connections">The connections, in order.</param>
public sealed record Topology(TopologyOrigin Origin, IReadOnlyList<Part> Parts, IReadOnlyList<Connection> Connections)
{
    /// <summary>The problem's reference solution, or the palette topology when the catalog has none.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="registry">The component registry (for the palette's behaviour kinds).</param>
    /// <returns>The topology.</returns>
    public static Topology For(Problem problem, ComponentRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.ReferenceSolution is { Components.Count: > 0 } reference
            ? FromReference(reference)
            : PaletteTopology.Build(problem, registry);
    }

    /// <summary>The reference solution's components and plain connections (the engine reads their meaning from the types).</summary>
    /// <param name="reference">The catalog's reference solution.</param>
    /// <returns>The topology.</returns>
    public static Topology FromReference(ReferenceSolution reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new Topology(
            TopologyOrigin.Reference,
            [.. reference.Components.Select(c => new Part(c.Name, c.Type) { Stated = StatedKnobs(c) })],
            [.. reference.Connections.Select(c => new Connection(c.From, c.To, ConnectionKind.Default))]);
    }

    // A client's part of the workload, where the problem states it (docs/workload.md, "Who sends the reads and the writes").
    private static List<KeyValuePair<string, double>> StatedKnobs(ReferenceComponent component)
    {
        var stated = new List<KeyValuePair<string, double>>();
        if (component.WorkloadShare is { } share)
        {
            stated.Add(new(ParameterNames.WorkloadShare, share));
        }

        if (component.RequestRate is { } rate)
        {
            stated.Add(new(ParameterNames.RequestRate, rate));
        }

        return stated;
    }

    /// <summary>A design's components and connections; its counts and knobs are what the solver replaces.</summary>
    /// <param name="architecture">The design.</param>
    /// <returns>The topology.</returns>
    public static Topology FromArchitecture(Architecture architecture)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        return new Topology(
            TopologyOrigin.Design,
            [.. architecture.Components.Select(c => new Part(c.Name, c.Type))],
            [.. architecture.Connections]);
    }
}
