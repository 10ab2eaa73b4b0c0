using System;
using System.Linq;
using SystemDesign.Model;
using SystemDesign.Shared;

namespace SystemDesign.CodeFixes.Syntax;

/// <summary>
/// The typed builder method, default name and local name for each catalog type a fix may add: the rows of
/// <see cref="ComponentTypes.Typed"/>, which SD1001's suggestions read too (<c>a.Cache("Cache")</c>); types without a
/// typed method are placed with <c>a.Component("type", "Title Case")</c>.
/// </summary>
internal static class ComponentKinds
{
    /// <summary>The catalog type a typed builder method places, or null for <c>Component</c> and unknown methods.</summary>
    public static string? TypeOfMethod(string method) => ComponentTypes.PlacedBy(method)?.Type;

    /// <summary>The builder method, component name and local name for a new component of <paramref name="type"/>.</summary>
    public static (string Method, string Name, string Local) For(string type) =>
        ComponentTypes.PlacementOf(type) is { } placed ? (placed.Method, placed.Name, placed.Local) : ("Component", TitleCase(type), LocalName(type));

    /// <summary>
    /// The order in which missing types are added, so that what a new component connects to already exists:
    /// entry and compute first, then stores, then what sits in front of compute.
    /// </summary>
    public static int Priority(string type) => type switch
    {
        ComponentTypes.Client => 0,
        ComponentTypes.App => 1,
        ComponentTypes.Worker => 2,
        ComponentTypes.WebSocket => 3,
        ComponentTypes.DbPrimary => 4,
        ComponentTypes.DbReplica => 5,
        ComponentTypes.Cache => 6,
        ComponentTypes.Queue => 7,
        ComponentTypes.Stream => 8,
        ComponentTypes.Search => 9,
        ComponentTypes.ObjectStore => 10,
        ComponentTypes.Cdn => 11,
        ComponentTypes.LoadBalancer => 12,
        ComponentTypes.ApiGateway => 13,
        ComponentTypes.Monitoring => 14,
        _ => 15,
    };

    private static readonly char[] WordSeparators = { '_', '-', ' ', '.' };

    /// <summary>"quantum_repeater" → "Quantum Repeater".</summary>
    private static string TitleCase(string type) =>
        type.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
            ? string.Join(" ", words.Select(word => char.ToUpperInvariant(word[0]) + word.Substring(1)))
            : "Component";

    /// <summary>"quantum_repeater" → "quantumRepeater"; anything that is not a letter or digit separates words.</summary>
    private static string LocalName(string type)
    {
        var local = CSharpIdentifiers.Camel(type);
        return local.Length > 0 && !char.IsDigit(local[0]) ? local : "component" + local;
    }
}
