using SystemDesign.Building;
using SystemDesign.Model;

namespace SystemDesign;

/// <summary>
/// A component declared on an <see cref="ArchitectureBuilder"/>; every edge method takes one as its target.
/// Edges refer to components by name, so a target declared on another builder is matched by name (or dangles).
/// </summary>
public abstract class Node
{
    private readonly int index;

    private protected Node(ArchitectureBuilder builder, int index)
    {
        Builder = builder;
        this.index = index;
    }

    /// <summary>The component's name as declared.</summary>
    public string Name => Draft.Name;

    /// <summary>The component's catalog type, for example "app".</summary>
    public string Type => Draft.Type;

    internal ArchitectureBuilder Builder { get; }

    internal ComponentDraft Draft => Builder.ComponentAt(index);

    /// <summary>
    /// A plain edge (kind <see cref="ConnectionKind.Default"/>): the design does not say what flows, and the engine
    /// derives the meaning from the types at the two ends, first match wins: primary → replica replicates;
    /// queue or stream → anything is consumed; anything → queue or stream publishes; anything → cache, CDN,
    /// replica or search reads; anything → primary or object store writes; anything → compute, load balancer or
    /// gateway calls; otherwise the edge carries no traffic (structure only). Prefer the explicit methods where
    /// they exist; see docs/design-api.md.
    /// </summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge ConnectsTo(Node target) => Builder.Connect(this, target, ConnectionKind.Default);

    private protected Edge Connect(Node target, ConnectionKind kind) => Builder.Connect(this, target, kind);
}
