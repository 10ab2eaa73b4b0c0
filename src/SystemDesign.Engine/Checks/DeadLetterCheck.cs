using System.Linq;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// SD7012: a queue or stream that a service consumes, with no dead-letter queue (docs/rules/SD7012.md). Read from the
/// flow: the component's kind is a queue or stream and an edge of its carries messages to a consumer.
/// </summary>
internal static class DeadLetterCheck
{
    public static void Run(EvaluationContext context)
    {
        foreach (var node in context.Nodes)
        {
            if (node.Behaviour != Behaviour.Messaging || node.Component.DeadLetterQueue)
            {
                continue;
            }

            // The edges BacklogCheck drains a queue through: a consume edge, or a call out of it to a service.
            var consumers = context.Graph.Outgoing[node.Index]
                .Where(e => e.Role is EdgeRole.Consume or EdgeRole.Request && context.Nodes[e.To].Behaviour == Behaviour.Service)
                .Select(e => context.Nodes[e.To].Name).Distinct().ToList();
            if (consumers.Count == 0)
            {
                continue;
            }

            context.Add(Rules.NoDeadLetterQueue, node.Name,
                $"{node.Name} is consumed by {Listed(consumers, ", ")} and has no dead-letter queue: a message that keeps failing (a poison pill) is redelivered forever, "
                + $"{(Behaviours.Is(node.Kind, "stream") ? "blocking its partition behind it" : "taking consumer time from every other message")}. "
                + $"Park it after a few attempts: {node.Name}.{Knobs.DeadLetterQueue.Method}().",
                (Knobs.DeadLetterQueue.FixProperty!, Knob.SwitchOn));
        }
    }
}
