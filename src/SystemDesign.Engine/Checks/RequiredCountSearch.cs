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
            (counts[i], because[i]) = context.Requirements.For(i);
        }

        for (var pass = 0; pass < MaxSizingPasses && Raises(context, counts); pass++)
        {
            var sized = gradeSized(Sized(context, counts));
            var grew = false;
            for (var i = 0; i < nodes.Length; i++)
            {
                var (count, why) = sized.Requirements.For(i);
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

        InstanceRequirements.Settle(context, counts, because);
        var components = evaluation.Components.Select((c, i) => c.RequiredInstances is null ? c : c with { RequiredInstances = counts[i], RequiredBecause = because[i] }).ToArray();
        return evaluation with { Findings = Evaluator.Order(context.Findings), Components = components };
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
