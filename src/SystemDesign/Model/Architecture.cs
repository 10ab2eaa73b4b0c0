using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace SystemDesign.Model;

/// <summary>
/// An immutable system design: components and the connections between them, in declaration order.
/// Built by <see cref="ArchitectureBuilder.Build"/>, by <see cref="From(IDesign)"/>, or directly by the
/// static interpreter. Holds values exactly as declared; <see cref="Validate"/> says what is wrong with them.
/// Two architectures are equal when they hold the same values in the same order (numbers compared by their bits), so
/// a model is a key: the analyzer's evaluation cache finds the findings of a design it evaluated before.
/// </summary>
public sealed class Architecture : IEquatable<Architecture>
{
    private static readonly IReadOnlyList<Finding> NoFindings = Array.AsReadOnly(Array.Empty<Finding>());

    private Dictionary<string, Component>? byName;
    private int? hash;
    private IReadOnlyList<Finding>? findings;

    /// <summary>Creates an architecture from components and connections (copied; null entries are skipped).</summary>
    /// <param name="problemId">The catalog problem the design answers, from <see cref="DesignAttribute"/>; null if unknown.</param>
    /// <param name="components">The components, in declaration order.</param>
    /// <param name="connections">The connections, in declaration order.</param>
    /// <param name="buildFindings">
    /// Findings recorded while the model was built (for example SD0009 when <c>Describe</c> threw);
    /// <see cref="Validate"/> reports them first.
    /// </param>
    public Architecture(
        string? problemId,
        IEnumerable<Component>? components,
        IEnumerable<Connection>? connections,
        IEnumerable<Finding>? buildFindings = null)
    {
        ProblemId = problemId;
        Components = ToReadOnly(components);
        Connections = ToReadOnly(connections);
        BuildFindings = buildFindings is null ? NoFindings : ToReadOnly(buildFindings);
    }

    /// <summary>The catalog problem id this design answers (see <see cref="DesignAttribute"/>), or null.</summary>
    public string? ProblemId { get; }

    /// <summary>The components, in declaration order.</summary>
    public IReadOnlyList<Component> Components { get; }

    /// <summary>The connections, in declaration order.</summary>
    public IReadOnlyList<Connection> Connections { get; }

    /// <summary>Findings recorded while the model was built, before any validation (for example SD0009).</summary>
    public IReadOnlyList<Finding> BuildFindings { get; }

    /// <summary>Runs a design's <c>Describe</c> on a fresh builder; an exception becomes an SD0009 finding.</summary>
    /// <param name="design">The design to run.</param>
    /// <returns>The architecture the design describes (as far as it got, if it threw).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="design"/> is null.</exception>
    public static Architecture From(IDesign design) => DesignRunner.Run(design);

    /// <summary>Finds a component by name (ordinal); with duplicate names, the first declared wins.</summary>
    /// <param name="name">The component name.</param>
    /// <returns>The component, or null if there is none with that name.</returns>
    public Component? Find(string name)
    {
        if (name is null)
        {
            return null;
        }

        var index = byName;
        if (index is null)
        {
            index = new Dictionary<string, Component>(Components.Count, StringComparer.Ordinal);
            foreach (var component in Components)
            {
                if (!index.ContainsKey(component.Name))
                {
                    index.Add(component.Name, component);
                }
            }

            byName = index;
        }

        return index.TryGetValue(name, out var found) ? found : null;
    }

    /// <summary>
    /// Checks the design against the DSL rules (SD0001–SD0018) in time linear in its size. Returns
    /// <see cref="BuildFindings"/> first, then findings per component and per connection in declaration order.
    /// </summary>
    /// <returns>The findings; empty when the design is well formed.</returns>
    public IReadOnlyList<Finding> Validate() => findings ??= ArchitectureValidator.Validate(this);

    /// <summary>Whether <paramref name="other"/> holds the same problem id, components, connections and build findings, in order.</summary>
    /// <param name="other">The architecture to compare with.</param>
    /// <returns>True when the engine cannot tell the two apart.</returns>
    public bool Equals(Architecture? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (GetHashCode() == other.GetHashCode()
                && string.Equals(ProblemId, other.ProblemId, StringComparison.Ordinal)
                && Same(Components, other.Components)
                && Same(Connections, other.Connections)
                && Same(BuildFindings, other.BuildFindings)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Architecture);

    /// <summary>A hash consistent with <see cref="Equals(Architecture)"/>, computed once (the model is immutable).</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => hash ??= Hash();

    private int Hash()
    {
        unchecked
        {
            var h = ProblemId is null ? 0 : StringComparer.Ordinal.GetHashCode(ProblemId);
            foreach (var component in Components)
            {
                h = (h * 31) + component.GetHashCode();
            }

            foreach (var connection in Connections)
            {
                h = (h * 31) + connection.GetHashCode();
            }

            return (h * 31) + BuildFindings.Count;
        }
    }

    private static bool Same<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
        where T : IEquatable<T>
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!a[i].Equals(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlyCollection<T> ToReadOnly<T>(IEnumerable<T>? items)
        where T : class =>
        new(items is null ? Array.Empty<T>() : items.Where(item => item is not null).ToArray());
}
