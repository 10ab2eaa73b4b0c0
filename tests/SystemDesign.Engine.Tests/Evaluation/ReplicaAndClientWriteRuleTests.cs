using System;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// SD7010 (read replicas idle while the primary is loaded) and SD7011 (a client writing straight to a database), read
/// off the flow, never off names.
/// </summary>
public sealed class ReplicaAndClientWriteRuleTests
{
    // ../shared/seeds/000_a6365a7e77863be6.txt (payment service): "We have read replicas but they seem to be underutilized."
    private static readonly Problem Reads = Designs.Problem(rate: 900, readRatio: 0.9);

    private static Architecture Replicated(bool readsToReplica, double primaryCapacity = 1000)
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var app = a.App("App").Instances(10).CapacityPerInstance(1000);
        var primary = a.DbPrimary("Orders DB").Instances(1).CapacityPerInstance(primaryCapacity);
        var replica = a.DbReplica("Orders Replica").Instances(1).CapacityPerInstance(2000);
        users.Calls(app);
        app.Reads(readsToReplica ? replica : primary);
        app.Writes(primary);
        primary.ReplicatesTo(replica);
        return a.Build();
    }

    [Fact]
    public void A_replica_without_reads_beside_a_primary_at_90_percent_is_SD7010()
    {
        var e = Designs.Evaluate(Reads, Replicated(readsToReplica: false));
        var finding = e.Single(Rules.IdleReadReplicas.Id, "Orders Replica");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("runs at 90% of its capacity (above the 83.3% the 20% headroom allows)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_sent_to_the_replica_or_a_primary_with_room_pass()
    {
        Assert.Empty(Designs.Evaluate(Reads, Replicated(readsToReplica: true)).Findings(Rules.IdleReadReplicas.Id));
        Assert.Empty(Designs.Evaluate(Reads, Replicated(readsToReplica: false, primaryCapacity: 1200)).Findings(Rules.IdleReadReplicas.Id));
    }

    [Fact]
    public void A_client_writing_to_the_database_is_SD7011_and_through_a_service_is_not()
    {
        var problem = Designs.Problem(rate: 100, readRatio: 0.5);
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var db = a.DbPrimary("DB").Instances(1).CapacityPerInstance(1000);
        users.Writes(db);
        users.Reads(db);
        var finding = Designs.Evaluate(problem, a.Build()).Single(Rules.ClientWritesToDatabase.Id, "Users");
        Assert.Contains("Users writes straight to DB (50 writes/s)", finding.Message, StringComparison.Ordinal);

        var b = new ArchitectureBuilder();
        var clients = b.Client("Users");
        var app = b.App("App").Instances(1).CapacityPerInstance(1000);
        var store = b.DbPrimary("DB").Instances(1).CapacityPerInstance(1000);
        clients.Calls(app);
        app.Writes(store);
        app.Reads(store);
        Assert.Empty(Designs.Evaluate(problem, b.Build()).Findings(Rules.ClientWritesToDatabase.Id));
    }
}
