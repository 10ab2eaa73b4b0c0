namespace SystemDesign.Catalog;

/// <summary>
/// The cheapest passing design the solver found for a problem (catalog/cheapest-designs.json, written by
/// <c>sysdesign solve --all --write … --costs …</c> beside the drafted samples): what good costs, so a grade can say
/// how far above it a design is. It informs; it fails nothing.
/// </summary>
/// <param name="MonthlyCostUsd">The cheapest passing design's monthly cost, USD.</param>
/// <param name="Topology">Whose topology was sized: <c>reference</c> (the catalog's reference solution) or <c>palette</c>.</param>
/// <param name="Source">Where the figure comes from, e.g. "sysdesign solve, samples/SystemDesign.Samples/Caching/TinyurlDesign.cs".</param>
public sealed record CheapestDesign(double MonthlyCostUsd, string Topology, string Source);
