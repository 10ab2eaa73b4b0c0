using System;
using System.Linq;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// Settles the required counts (<see cref="InstanceRequirements"/>) against each other: some constraints can only be
/// measured at the counts the others propose (the latency targets with one instance lost depend on every hop's count,
/// N+1 binds once a count reaches 2), so the design is graded again with every proposed count applied, and the counts
/// that pass asks for are added, until a pass asks for nothing more. The findings of the design as declared then
/// propose these counts: applying every fix at once leaves none of the sizing findings, in any order.
/// </summary>
internal static class RequiredCountSearch
{
    /// <summary>Passes over the sized design at most: each settles the constraints the previous counts brought in.</summary>
    private const int MaxSizingPasses = 3;

    /// <summary>Counts past the validator's huge-count bound (SD0007 territory) are proposed but not graded again.</summary>
    private const long MaxSizedCount = 1_000_000;

    public static Evaluation Settle(Evaluation evaluation, EvaluationContext context, Func<Architecture, EvaluationContext> gradeSized)
    {
        var nodes = context.Nodes;
        var counts = new long[nodes.Length];
        var because = new string?[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            (counts[i], because[i]) = context.Requirements.Own(i);
        }

        // The components' own constraints first, then the design-wide targets (SD3001, SD4001) on the design those
        // counts describe: a target is measured where the other constraints already put the counts, so it asks only
        // what they leave short, and a count both ask is named by the component's own constraint.
        var last = Grow(context, counts, because, gradeSized, (r, i) => r.Own(i)) ?? context;
        var targeted = false;
        for (var i = 0; i < nodes.Length; i++)
        {
            var (count, why) = last.Requirements.Target(i);
            if (count > counts[i])
            {
                (counts[i], because[i], targeted) = (count, why, true);
            }
        }

        if (targeted)
        {
            Grow(context, counts, because, gradeSized, (r, i) => r.For(i));
        }

        InstanceRequirements.Settle(context, counts, because);
        var components = evaluation.Components.Select((c, i) => c.RequiredInstances is null ? c : c with { RequiredInstances = counts[i], RequiredBecause = because[i] }).ToArray();
        return evaluation with { Findings = Evaluator.Order(context.Findings), Components = components };
    }

    /// <summary>Grades the design sized at <paramref name="counts"/> until a pass asks for nothing more; the last pass graded, or null.</summary>
    private static EvaluationContext? Grow(
        EvaluationContext context, long[] counts, string?[] because, Func<Architecture, EvaluationContext> gradeSized, Func<InstanceRequirements, int, (long, string?)> required)
    {
        EvaluationContext? sized = null;
        for (var pass = 0; pass < MaxSizingPasses && Raises(context, counts); pass++)
        {
            sized = gradeSized(Sized(context, counts));
            var grew = false;
            for (var i = 0; i < counts.Length; i++)
            {
                var (count, why) = required(sized.Requirements, i);
                if (count > counts[i])
                {
                    (counts[i], because[i]) = (count, why);
                    grew = true;
                }
            }

            if (!grew)
            {
                break;
            }
        }

        return sized;
    }

    private static bool Raises(EvaluationContext context, long[] counts)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > context.Nodes[i].InstanceCount && counts[i] <= MaxSizedCount)
            {
                return true;
            }
        }

        return false;
    }

    private static Architecture Sized(EvaluationContext context, long[] counts)
    {
        var declared = context.Architecture.Components;
        var components = new Component[declared.Count];
        for (var i = 0; i < components.Length; i++)
        {
            components[i] = counts[i] > context.Nodes[i].InstanceCount && counts[i] <= MaxSizedCount
                ? declared[i] with { Instances = (int)counts[i] }
                : declared[i];
        }

        return new Architecture(context.Architecture.ProblemId, components, context.Architecture.Connections, context.Architecture.BuildFindings);
    }
}
