using System.Collections.Generic;

namespace SystemDesign.Catalog;

/// <summary>The export's reference solution: components by name and type, and the edges between them.</summary>
public sealed record ReferenceSolution(
    string Summary,
    IReadOnlyList<ReferenceComponent> Components,
    IReadOnlyList<ReferenceConnection> Connections);

/// <summary>A component of a reference solution (the export gives no instance counts).</summary>
public sealed record ReferenceComponent(string Name, string Type);

/// <summary>An edge of a reference solution, by component name.</summary>
public sealed record ReferenceConnection(string From, string To);
