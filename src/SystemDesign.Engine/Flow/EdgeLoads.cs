namespace SystemDesign.Engine.Flow;

/// <summary>
/// What each connection carries per second at the target rate, by class, indexed by <see cref="FlowEdge.Id"/>. Filled
/// by <see cref="TrafficFlow.Compute"/> in the same pass that fills the nodes' loads, so a component's offered load is
/// the sum of what its incoming connections carry (flow conservation), never a second computation of it.
/// </summary>
internal sealed class EdgeLoads
{
    public EdgeLoads(int connections)
    {
        Reads = new double[connections];
        MissReads = new double[connections];
        Writes = new double[connections];
        Replication = new double[connections];
    }

    /// <summary>Reads the edge carries, cache misses included.</summary>
    public double[] Reads { get; }

    /// <summary>The part of <see cref="Reads"/> sent only because a cache missed (after an inline or look-aside cache).</summary>
    public double[] MissReads { get; }

    /// <summary>Writes, and messages published or consumed.</summary>
    public double[] Writes { get; }

    /// <summary>
    /// Writes shipped to a replica, once per replica instance: every instance applies every write of its primary, so
    /// the edge carries what the replica's instances apply in all.
    /// </summary>
    public double[] Replication { get; }

    /// <summary>Everything the edge carries: reads + writes + replication.</summary>
    public double Total(int id) => TrafficFlow.Saturate(Reads[id] + Writes[id] + Replication[id]);

    public void Add(FlowEdge edge, bool isRead, bool afterMiss, double rate)
    {
        if (isRead)
        {
            Reads[edge.Id] = TrafficFlow.Saturate(Reads[edge.Id] + rate);
            if (afterMiss)
            {
                MissReads[edge.Id] = TrafficFlow.Saturate(MissReads[edge.Id] + rate);
            }
        }
        else
        {
            Writes[edge.Id] = TrafficFlow.Saturate(Writes[edge.Id] + rate);
        }
    }
}
