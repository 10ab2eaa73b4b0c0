using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;
using static SystemDesign.Engine.Checks.BacklogCheck;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// SD7015: the problem's recovery objectives against the design's databases (docs/engine.md, "Recovery objectives").
/// RTO: a database's failover time (its <c>FailoverTime</c>, or <see cref="DefaultFailover"/>) must not exceed it.
/// The RPO is graded where the data at risk is modelled, a replica's lag, as a replication lag bound (SD6005,
/// <see cref="BacklogCheck"/>); a database with no replica is not graded against it (the engine has no backup model).
/// </summary>
internal static class RecoveryCheck
{
    /// <summary>The failover time of a database whose design does not state one.</summary>
    public static readonly Sourced DefaultFailover =
        new(120, "default: 120 s, the top of Amazon RDS Multi-AZ's documented failover time, \"typically 60–120 seconds\"");

    public static void Run(EvaluationContext context)
    {
        var workload = context.Problem.Workload;
        if (workload.RecoveryTimeObjective is not { } rto)
        {
            return;
        }

        foreach (var db in context.Nodes.Where(n => n.Behaviour == Behaviour.Store && (Behaviours.Is(n.Kind, "db_primary") || Behaviours.Is(n.Kind, "database"))))
        {
            // With a rate, the databases the flow reaches; without one (a background problem) every database counts.
            if (context.HasRate && context.Flow.Writes[db.Index] + context.Flow.Reads[db.Index] <= 0)
            {
                continue;
            }

            var failover = db.Component.FailoverSeconds is { } stated && stated > 0
                ? new Sourced(stated, $"{db.Name}.{Knobs.FailoverTime.Method}({N(stated)})")
                : DefaultFailover;
            if (failover.Value > rto.Value)
            {
                // The fix: the failover time the RTO allows (the rule fires only above it), on the FailoverTime knob.
                context.AddOnKnob(Rules.RecoveryObjectiveMissed, db.Name, Knobs.FailoverTime,
                    $"{db.Name} takes {Duration(failover.Value)} to fail over ({failover.Source}) against the {Duration(rto.Value)} RTO ({rto.Source}): an outage of its primary lasts longer than the problem allows. "
                    + $"Use a store that fails over within {Duration(rto.Value)} and say so with {db.Name}.{Knobs.FailoverTime.Method}(seconds), e.g. a standby kept in sync with automatic promotion.",
                    (Knobs.FailoverTime.FixProperty!, Raw(rto.Value)));
            }
        }
    }
}
