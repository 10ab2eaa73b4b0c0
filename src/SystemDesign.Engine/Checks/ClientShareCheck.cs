using SystemDesign.Model;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The clients' parts against the workload (SD2009): shares or rates that add up to more or less than the reads or
/// writes the problem states, a rate above the problem's, a class no client sends, a client left with nothing. Found
/// while the flow splits the entry traffic (<see cref="Flow.EntryShares"/>); reported here so the finding has one home.
/// </summary>
internal static class ClientShareCheck
{
    /// <summary>Adds the findings of this check to <paramref name="context"/>.</summary>
    public static void Run(EvaluationContext context)
    {
        if (!context.HasRate)
        {
            return;
        }

        foreach (var issue in context.Graph.Shares.Issues)
        {
            if (issue.Client is { } client && issue.Knob is { } knob)
            {
                context.AddOnKnob(Rules.ClientSharesDoNotAddUp, client, knob, issue.Message);
            }
            else
            {
                context.Add(Rules.ClientSharesDoNotAddUp, issue.Client, issue.Message);
            }
        }
    }
}
