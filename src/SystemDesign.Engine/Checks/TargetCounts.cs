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
    private static FindingProperty[] Register(EvaluationContext context, IReadOnlyDictionary<int, long> counts, string constraint)
    {
        foreach (var pair in counts)
        {
            context.Requirements.RequireForTarget(pair.Key, pair.Value, constraint);
        }

        return Properties(context, counts);
    }

    /// <summary>
    /// Adds the finding of <paramref name="rule"/> proposing <paramref name="counts"/>, worded in parts
    /// (<see cref="TargetCountWording"/>) so that settling the counts later can add what decides them without reading
    /// the message.
    /// </summary>
    public static void Add(EvaluationContext context, Rule rule, string? component, TargetCountWording wording, IReadOnlyDictionary<int, long> counts, string constraint)
    {
        context.Add(rule, component, wording.Text, Register(context, counts, constraint));
        context.TargetCountWordings.Add(context.Findings[context.Findings.Count - 1], wording);
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

/// <summary>
/// The message of a target-count finding in its parts: what it states (the miss and the counts that meet the target)
/// and the remedy its rule offers besides, kept apart so the settled counts go between them, whatever the wording.
/// </summary>
/// <param name="Stated">The miss and the proposed counts, e.g. "P99 … is 250 ms, over the 200 ms target … With App at 3 instances it is 180 ms".</param>
/// <param name="Remedy">The other way out, e.g. "a cache takes reads off the path.", or null when the rule offers none.</param>
internal sealed record TargetCountWording(string Stated, string? Remedy)
{
    /// <summary>The message as first added: the statement, then ", or " and the remedy.</summary>
    public string Text => Remedy is null ? Stated : Stated + ", or " + Remedy;

    /// <summary>The message once the counts are settled by every constraint (<paramref name="raised"/> lists them).</summary>
    public string Settled(string raised) =>
        Remedy is null
            ? $"{Stated} Every constraint at once: {raised}."
            : $"{Stated} (every constraint at once: {raised}), or {Remedy}";
}
