using System.Collections.Generic;
using System.Linq;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The counts a design-wide target needs (SD3001's latency, SD4001's availability), proposed on the finding one key per
/// raised component (<see cref="Knob.FixPropertyFor"/>: "instances:App" → "3") and registered as that component's
/// constraint, so the count joins the one required count and every other finding on it proposes the same.
/// </summary>
internal static class TargetCounts
{
    /// <summary>
    /// Registers each count under <paramref name="constraint"/> and returns the finding's properties. They name no knob
    /// of the finding's own target (the counts are other components'), so the squiggle stays where the finding is.
    /// </summary>
    public static FindingProperty[] Register(EvaluationContext context, IReadOnlyDictionary<int, long> counts, string constraint)
    {
        foreach (var pair in counts)
        {
            context.Requirements.RequireForTarget(pair.Key, pair.Value, constraint);
        }

        return Properties(context, counts);
    }

    /// <summary>
    /// As <see cref="Register"/>, for a failure scenario's latency (SD6004): each count is the component's own constraint,
    /// as N+1's is, so it decides the required count whenever it is the largest.
    /// </summary>
    public static FindingProperty[] RegisterOwn(EvaluationContext context, IReadOnlyDictionary<int, long> counts, string constraint)
    {
        foreach (var pair in counts)
        {
            context.Requirements.Require(pair.Key, pair.Value, constraint);
        }

        return Properties(context, counts);
    }

    private static FindingProperty[] Properties(EvaluationContext context, IReadOnlyDictionary<int, long> counts) =>
        [.. counts.OrderBy(p => p.Key).Select(p => new FindingProperty(Knobs.Instances.FixPropertyFor(context.Nodes[p.Key].Name)!, Raw(p.Value)))];

    /// <summary>"App at 3, Db at 2 instances", in design order.</summary>
    public static string Describe(EvaluationContext context, IReadOnlyDictionary<int, long> counts) =>
        Listed(counts.OrderBy(p => p.Key).Select(p => $"{context.Nodes[p.Key].Name} at {Count(p.Value)}"), ", ") + " instances";
}
