using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SystemDesign.Model;

namespace SystemDesign.Analyzers.Interpretation;

/// <summary>Where one knob of a component was set: the method called and its value argument.</summary>
/// <param name="Method">The knob method as written, e.g. "Instances", "HitRate" or "Parameter".</param>
/// <param name="Argument">The value argument's location (the last call wins, as in the builder).</param>
internal sealed record KnobSite(string Method, Location Argument);

/// <summary>Where a component was declared, and where each of its knobs was set.</summary>
/// <param name="Index">Position in the architecture's component list.</param>
/// <param name="Method">The builder method that placed it ("App", "Component"...).</param>
/// <param name="Creation">The placing invocation, e.g. <c>a.App("App Servers")</c>.</param>
/// <param name="NameArgument">The name argument, when the method takes one.</param>
/// <param name="TypeArgument">The catalog type argument of <c>Component(type, name)</c>.</param>
internal sealed record ComponentSite(int Index, string Method, Location Creation, Location? NameArgument, Location? TypeArgument)
{
    /// <summary>Knob sites by key: the knob name ("Instances", "Zone"...) or "param:" + parameter name.</summary>
    public Dictionary<string, KnobSite> Knobs { get; } = new(System.StringComparer.Ordinal);
}

/// <summary>
/// Where an edge was declared, its weight argument if any, and where each edge knob was set; its position in the
/// interpreter's list is the connection's index in the architecture.
/// </summary>
/// <param name="invocation">The edge invocation, e.g. <c>lb.Calls(app)</c>.</param>
internal sealed class ConnectionSite(Location invocation)
{
    public Location Invocation { get; } = invocation;

    public Location? Weight { get; set; }

    /// <summary>
    /// Edge knob sites by key (<see cref="EdgeKnob.Key"/>): the value argument, or for a switch (<c>Backoff()</c>) the
    /// method's name in the call; the last call wins, as in the builder.
    /// </summary>
    public Dictionary<string, Location> Knobs { get; } = new(System.StringComparer.Ordinal);
}
