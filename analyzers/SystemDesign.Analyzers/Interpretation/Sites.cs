using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SystemDesign.Model;

namespace SystemDesign.Analyzers.Interpretation;

/// <summary>Where one knob of a component was set: the method called and its value argument.</summary>
/// <param name="Method">The knob method as written, e.g. "Instances", "HitRate" or "Parameter".</param>
/// <param name="Argument">The value argument's location (the last call wins, as in the builder).</param>
internal sealed record KnobSite(string Method, Location Argument);

/// <summary>Where a component was declared, and where each of its knobs was set.</summary>
internal sealed class ComponentSite
{
    public ComponentSite(int index, string method, Location creation, Location? nameArgument, Location? typeArgument)
    {
        Index = index;
        Method = method;
        Creation = creation;
        NameArgument = nameArgument;
        TypeArgument = typeArgument;
    }

    /// <summary>Position in the architecture's component list.</summary>
    public int Index { get; }

    /// <summary>The builder method that placed it ("App", "Component"...).</summary>
    public string Method { get; }

    /// <summary>The placing invocation, e.g. <c>a.App("App Servers")</c>.</summary>
    public Location Creation { get; }

    public Location? NameArgument { get; }

    public Location? TypeArgument { get; }

    /// <summary>Knob sites by key: the knob name ("Instances", "Zone"...) or "param:" + parameter name.</summary>
    public Dictionary<string, KnobSite> Knobs { get; } = new(System.StringComparer.Ordinal);
}

/// <summary>
/// Where an edge was declared, its weight argument if any, and where each edge knob was set; its position in the
/// interpreter's list is the connection's index in the architecture.
/// </summary>
internal sealed class ConnectionSite
{
    public ConnectionSite(Location invocation) => Invocation = invocation;

    /// <summary>The edge invocation, e.g. <c>lb.Calls(app)</c>.</summary>
    public Location Invocation { get; }

    public Location? Weight { get; set; }

    /// <summary>
    /// Edge knob sites by key (<see cref="EdgeKnob.Key"/>): the value argument, or for a switch (<c>Backoff()</c>) the
    /// method's name in the call; the last call wins, as in the builder.
    /// </summary>
    public Dictionary<string, Location> Knobs { get; } = new(System.StringComparer.Ordinal);
}
