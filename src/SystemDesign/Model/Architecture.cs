using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace SystemDesign.Model;

/// <summary>
/// An immutable system design: components and the connections between them, in declaration order.
/// Built by <see cref="ArchitectureBuilder.Build"/>, by <see cref="From(IDesign)"/>, or directly by the
/// static interpreter. Holds values exactly as declared; <see cref="Validate"/> says what is wrong with them.
/// </summary>
public sealed class Architecture
{
    private static readonly IReadOnlyList<Finding> NoFindings = Array.AsReadOnly(Array.Empty<Finding>());

    private Dictionary<string, Component>? byName;
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

    private static ReadOnlyCollection<T> ToReadOnly<T>(IEnumerable<T>? items)
        where T : class
    {
        if (items is null)
        {
            return new ReadOnlyCollection<T>(Array.Empty<T>());
        }

        var list = new List<T>();
        foreach (var item in items)
        {
            if (item is not null)
            {
                list.Add(item);
            }
        }

        return new ReadOnlyCollection<T>(list.ToArray());
    }
}
