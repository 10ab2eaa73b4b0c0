namespace SystemDesign.Catalog;

/// <summary>
/// What a topology was taken from: the catalog's reference solution, the palette, or a design. The solver sizes one;
/// <see cref="CheapestDesign"/> records which one its figure is for.
/// </summary>
public enum TopologyOrigin
{
    /// <summary>The problem's reference solution (components and connections as the catalog states them).</summary>
    Reference,

    /// <summary>Built from the problem's palette by behaviour kind.</summary>
    Palette,

    /// <summary>A design's own components and connections.</summary>
    Design,
}
