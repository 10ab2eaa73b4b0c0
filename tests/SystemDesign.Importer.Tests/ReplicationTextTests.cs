using SystemDesign.Catalog;

namespace SystemDesign.Importer.Tests;

/// <summary>The replication model is read from the reference solution's summary once, at import, with its sentence.</summary>
public sealed class ReplicationTextTests
{
    [Theory]
    [InlineData("Each region has 5-node Raft cluster for consensus. 2-phase commit ensures ACID across regions.", "Each region has 5-node Raft cluster for consensus")]
    [InlineData("2PC: Coordinator sends PREPARE. Paxos for coordinator election. Transaction log in Kafka.", "Paxos for coordinator election")]
    [InlineData("TrueTime with 7.5ms uncertainty and Paxos groups", "TrueTime with 7.5ms uncertainty and Paxos groups")]
    public void A_sentence_naming_a_consensus_protocol_is_the_source(string summary, string sentence)
    {
        Assert.Equal(new ReplicationClaim(ReplicationModel.Consensus, "reference solution: \"" + sentence + "\""), ReplicationText.Of(summary));
    }

    [Theory]
    [InlineData("Primary with a standby and read replicas. This teaches replication.")]
    [InlineData("Rafting trips are booked through a queue.")]
    [InlineData("")]
    public void A_summary_naming_none_states_no_model(string summary) => Assert.Null(ReplicationText.Of(summary));
}
