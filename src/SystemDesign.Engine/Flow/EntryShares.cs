using SystemDesign.Catalog;

namespace SystemDesign.Engine.Flow;

/// <summary>
/// Which share of the workload's reads and of its writes each entry point emits. A client emits what its role
/// says (<see cref="ClientRole"/>, from the registry): the reads go to the clients that emit reads, the writes to
/// those that emit writes, split evenly among each set. A <c>redirect_client</c> and a <c>create_client</c> thus
/// carry all the redirects and all the creates, not half of each. A class no client's role includes goes to every
/// client: the export names its generic client <c>redirect_client</c> (208 of the 209 reference solutions that use
/// it have no other client), so a lone redirect_client still sends the writes. Entry points that are not clients
/// (a design without one) share both classes evenly.
/// </summary>
internal sealed class EntryShares
{
    private EntryShares(double[] reads, double[] writes)
    {
        Reads = reads;
        Writes = writes;
    }

    /// <summary>Per entry (in <see cref="FlowGraph.Entries"/> order), its fraction of the workload's reads.</summary>
    public double[] Reads { get; }

    /// <summary>Per entry (in <see cref="FlowGraph.Entries"/> order), its fraction of the workload's writes.</summary>
    public double[] Writes { get; }

    public static EntryShares Of(FlowGraph graph)
    {
        var entries = graph.Entries;
        var reads = new double[entries.Length];
        var writes = new double[entries.Length];
        Split(reads, i => !graph.EntriesAreClients || graph.Nodes[entries[i]].Role.EmitsReads());
        Split(writes, i => !graph.EntriesAreClients || graph.Nodes[entries[i]].Role.EmitsWrites());
        return new EntryShares(reads, writes);
    }

    private static void Split(double[] shares, System.Func<int, bool> roleEmits)
    {
        var count = 0;
        for (var i = 0; i < shares.Length; i++)
        {
            count += roleEmits(i) ? 1 : 0;
        }

        var everyone = count == 0;
        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] = everyone ? 1.0 / shares.Length : roleEmits(i) ? 1.0 / count : 0;
        }
    }
}
