using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The names of the latency constraints a required count can be decided by (docs/engine.md, "Required instances"): one
/// wording per constraint, whether the search that raises a count on a miss or the probe that finds a passing design's
/// minimum (<see cref="LatencyCountProbe"/>) decides it.
/// </summary>
internal static class LatencyConstraints
{
    /// <summary>The targets normal operation meets, re-checked with one instance of the component lost (SD6004).</summary>
    public const string InstanceLost = "the latency targets with one instance lost";

    /// <summary>The targets re-checked while <paramref name="cache"/> is lost or cold (SD6004).</summary>
    public static string CacheCold(string cache) => $"the latency targets with {cache} cold";

    /// <summary>The targets re-checked at the peak, <paramref name="peak"/> × the target rate (SD6004).</summary>
    public static string AtPeak(double peak) => $"the latency targets at the peak ({N(peak)} ×)";

    /// <summary>One target in normal operation (SD3001), e.g. "the 200 ms target of the P99 of reads from Users".</summary>
    public static string Target(double targetMs, string label) => $"the {N(targetMs)} ms target of the {label}";
}
