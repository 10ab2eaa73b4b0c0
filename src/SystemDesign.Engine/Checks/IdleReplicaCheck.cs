using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// SD7010: a read replica that receives no reads while the primary it copies runs above 1 ÷ headroom of its capacity
/// (83% with the default 1.2): the engine would size that primary up, while the replica that could take its reads
/// idles. Read off the flow: the replica's shared load is 0, the primary's utilization is its load ÷ capacity.
/// </summary>
internal static class IdleReplicaCheck
{
    public static void Run(EvaluationContext context)
    {
        if (!context.HasRate)
        {
            return;
        }

        foreach (var primary in context.Nodes)
        {
            if (primary.CapacityPerInstance is not { Value: > 0 } perInstance || !Pools.PoolModel.IsDatabase(primary))
            {
                continue;
            }

            var utilization = context.Load(primary.Index) / EvaluationContext.Capacity(perInstance.Value, primary.InstanceCount);
            if (!(utilization >= 1 / context.Headroom))
            {
                continue;
            }

            foreach (var edge in context.Graph.Outgoing[primary.Index])
            {
                var replica = context.Nodes[edge.To];
                if (edge.Role != EdgeRole.Replication || !Behaviours.Is(replica.Kind, "db_replica") || context.Shared(replica.Index) > 0)
                {
                    continue;
                }

                context.Add(Rules.IdleReadReplicas, replica.Name,
                    $"{replica.Name} receives no reads while {primary.Name}, the primary it copies, runs at {Percent(utilization)} of its capacity (above the {Percent(1 / context.Headroom)} the {Percent(context.Headroom - 1)} headroom allows): the reads that load {primary.Name} could go to {replica.Name}. Send the reads there (a Reads edge from the service or its cache to {replica.Name}) and keep the writes on {primary.Name}.",
                    (FindingKeys.Primary, primary.Name));
            }
        }
    }
}
