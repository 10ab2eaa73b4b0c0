using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Solver;

/// <summary>
/// The failover move (issue 11): a database the problem's reference solution replicates by consensus (the catalog's
/// <see cref="ReferenceSolution.Replication"/>, which the importer reads from a summary naming Raft or Paxos, e.g. "Each
/// region has 5-node Raft cluster for consensus") elects a new leader among its followers
/// instead of promoting an RDS-style standby. When its failover misses the RTO (SD7015 at the engine's 120 s default), the
/// solver states the consensus figure with <c>FailoverTime</c>. Nowhere else: a plain primary keeps the default.
/// </summary>
public static class ConsensusFailover
{
    /// <summary>
    /// Seconds to fail over by leader election: YugabyteDB (Raft), "Handling node failures": "a leader election is
    /// triggered for all the tablets that had leaders in the lost node. A follower on a different node is quickly
    /// promoted to leader without any loss of data. The entire process takes approximately 3 seconds."
    /// (https://docs.yugabyte.com/stable/explore/fault-tolerance/macos).
    /// </summary>
    public const double Seconds = 3;

    /// <summary>What the draft's comment says of the figure.</summary>
    public const string Reason = "failover 3 s: the reference solution replicates it by consensus, and a Raft leader election takes about 3 s (YugabyteDB docs, \"Handling node failures\"), not the 120 s RDS-standby default";

    /// <summary>Whether the database <paramref name="type"/> of <paramref name="problem"/> fails over by consensus.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="registry">The component registry.</param>
    /// <param name="type">The component's type.</param>
    /// <returns>True when the move applies.</returns>
    public static bool Applies(Problem problem, ComponentRegistry registry, string type) =>
        problem is not null && registry is not null && type is not null
        && registry.Meets(type, ComponentTypes.DbPrimary)
        && problem.ReferenceSolution?.Replication is { Model: ReplicationModel.Consensus };

    /// <summary>Sets the consensus failover on the component SD7015 names; false when the move does not apply.</summary>
    internal static bool Apply(SizingState state, Finding finding)
    {
        if (finding.RuleId != Rules.RecoveryObjectiveMissed.Id || state.IndexOf(finding.Component) is not { } index
            || !Applies(state.Problem, state.Registry, state.Topology.Parts[index].Type)
            || state.Problem.Workload.RecoveryTimeObjective is not { } rto || rto.Value < Seconds)
        {
            return false;
        }

        return state.Set(index, ParameterNames.FailoverSeconds, Seconds);
    }
}
