using System.Linq;
using System.Text.RegularExpressions;
using SystemDesign.Catalog;

namespace SystemDesign.Importer;

/// <summary>
/// Reads the replication model a reference solution's summary states, once, at import: a sentence naming a consensus
/// protocol (Raft, Paxos), e.g. "Each region has 5-node Raft cluster for consensus.", makes it
/// <see cref="ReplicationModel.Consensus"/> with that sentence as its source. The solver's failover move reads the
/// typed field (docs/catalog.md, "Reference solution"); no one downstream reads the summary.
/// </summary>
public static partial class ReplicationText
{
    /// <summary>The replication the summary states, or null when it names no consensus protocol.</summary>
    /// <param name="summary">The reference solution's summary.</param>
    /// <returns>The typed claim with the quoted sentence, or null.</returns>
    public static ReplicationClaim? Of(string summary) =>
        Sentence().Matches(summary).Where(sentence => Consensus().IsMatch(sentence.Value))
            .Select(sentence => new ReplicationClaim(ReplicationModel.Consensus, "reference solution: \"" + sentence.Value.Trim().TrimEnd('.') + "\""))
            .FirstOrDefault();

    // A sentence ends at a full stop followed by a space or the end; "5.2" inside one does not end it.
    [GeneratedRegex(@"[^.]+(?:\.(?!\s|$)[^.]*)*\.?", RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\b(?:Raft|Paxos)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Consensus();
}
