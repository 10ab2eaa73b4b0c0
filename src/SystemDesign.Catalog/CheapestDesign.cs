namespace SystemDesign.Catalog;

/// <summary>
/// The cheapest passing design the solver found for a problem (catalog/cheapest-designs.json, written by
/// <c>sysdesign solve --all --write … --costs …</c> beside the drafted samples): what good costs, so a grade can say
/// how far above it a design is. It informs; it fails nothing.
/// </summary>
/// <param name="MonthlyCostUsd">The cheapest passing design's monthly cost, USD.</param>
/// <param name="Topology">Whose topology was sized: the catalog's reference solution or one built from the palette.</param>
/// <param name="Source">Where the figure comes from, e.g. "sysdesign solve, samples/SystemDesign.Samples/Caching/TinyurlDesign.cs".</param>
public sealed record CheapestDesign(double MonthlyCostUsd, TopologyOrigin Topology, string Source)
{
    /// <summary>How a topology is written in catalog/cheapest-designs.json and the JSON report: "reference" or "palette".</summary>
    /// <param name="origin">The topology's origin.</param>
    /// <returns>The lower-case name.</returns>
    public static string Key(TopologyOrigin origin) => origin switch
    {
        TopologyOrigin.Reference => "reference",
        TopologyOrigin.Palette => "palette",
        _ => "design",
    };
}
