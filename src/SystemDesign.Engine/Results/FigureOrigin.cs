namespace SystemDesign.Engine.Results;

/// <summary>
/// Where a <see cref="Figure"/> came from, as a value checks can decide by; the figure's printed
/// <see cref="Figure.Source"/> is built from it (<see cref="Figure.Designed"/>, <see cref="Figure.FromConstant"/>,
/// <see cref="Figure.FromRegistry"/>), so no check reads the text to learn the origin.
/// </summary>
public enum FigureOrigin
{
    /// <summary>Anything else, said by the source text: an engine default, the problem's workload, a failure scenario.</summary>
    Stated,

    /// <summary>The design's own value, exactly as it states it.</summary>
    Design,

    /// <summary>A constant of the problem (e.g. <c>app_capacity_per_instance</c>).</summary>
    Constant,

    /// <summary>The component registry's default for the type, with that entry's own source.</summary>
    Registry,

    /// <summary>
    /// Worked out from a design's values by the engine (a batch's capacity from the per-batch figure): not the number the
    /// design stated, so it is no claim to compare with a default.
    /// </summary>
    Derived,
}
