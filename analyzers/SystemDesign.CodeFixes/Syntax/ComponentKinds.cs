using System;
using System.Text;
using SystemDesign.Model;

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
    private static string TitleCase(string type)
    {
        var words = type.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        var text = new StringBuilder();
        foreach (var word in words)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        return text.Length == 0 ? "Component" : text.ToString();
    }

    /// <summary>"quantum_repeater" → "quantumRepeater"; anything that is not a letter or digit separates words.</summary>
    private static string LocalName(string type)
    {
        var text = new StringBuilder();
        var upper = false;
        foreach (var c in type)
        {
            if (!char.IsLetterOrDigit(c) || c > 127)
            {
                upper = text.Length > 0;
                continue;
            }

            text.Append(upper ? char.ToUpperInvariant(c) : text.Length == 0 ? char.ToLowerInvariant(c) : c);
            upper = false;
        }

        if (text.Length == 0 || char.IsDigit(text[0]))
        {
            text.Insert(0, "component");
        }

        return text.ToString();
    }
}
