using SystemDesign.Engine.Pools;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// SD7011: a client whose writes reach a database over its own edge. Nothing validates or authorizes them, every
/// client holds its own connection (no pool to bound them against the connection limit) and no queue absorbs a burst.
/// Read off the flow: the edge carries writes (or, for a problem without a rate, is one that would).
/// </summary>
internal static class ClientWriteCheck
{
    public static void Run(EvaluationContext context)
    {
        foreach (var client in context.Nodes)
        {
            if (client.Behaviour != Behaviour.Source)
            {
                continue;
            }

            foreach (var edge in context.Graph.Outgoing[client.Index])
            {
                var database = context.Nodes[edge.To];
                var writes = context.Flow.Edges.Writes[edge.Id];
                if (!PoolModel.IsDatabase(database) || !(writes > 0 || (!context.HasRate && edge.CarriesWrites)))
                {
                    continue;
                }

                var rate = writes > 0 ? " (" + Rate(writes) + " writes/s)" : string.Empty;
                context.Add(Rules.ClientWritesToDatabase, client.Name,
                    $"{client.Name} writes straight to {database.Name}{rate}: no service validates or authorizes the writes, every client opens its own connection (no pool bounds them under the connection limit) and nothing absorbs a burst. Put a service between them: {client.Name} calls an app that writes to {database.Name}.",
                    (FindingKeys.Database, database.Name));
            }
        }
    }
}
