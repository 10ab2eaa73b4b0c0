namespace SystemDesign.Tests;

/// <summary>The design from the brief, verbatim: with its knobs, edge kinds and a weight.</summary>
[Design("tutorial-simple-blog")]
public sealed class PersonalBlog : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var readers = a.Client("Blog Readers");
        var lb = a.LoadBalancer("Load Balancer");
        var app = a.App("App Servers").Instances(8).CapacityPerInstance(150);
        var cache = a.Cache("Redis").HitRate(0.9);
        var primary = a.DbPrimary("Primary DB");
        var replica = a.DbReplica("Read Replica").Instances(2);
        var q = a.Queue("Jobs");
        var stream = a.Stream("Events").Partitions(12);
        var w = a.Worker("Indexer").Instances(4);
        var exotic = a.Component("quantum_repeater", "Repeater A");

        readers.Calls(lb);
        lb.Calls(app);
        app.Reads(cache);
        cache.Reads(replica);
        app.Writes(primary);
        primary.ReplicatesTo(replica);
        app.Publishes(q);
        w.Consumes(q);
        app.Calls(exotic).Weight(0.3);
    }
}
