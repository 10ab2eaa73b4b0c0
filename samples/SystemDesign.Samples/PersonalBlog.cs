namespace SystemDesign.Samples;

/// <summary>
/// tutorial-simple-blog: 1,000 req/s, 90% reads. 1,000 ÷ 150 per app server with 20% headroom needs
/// 8 servers (1,200 req/s), but with one of 8 lost the other seven run at 95% and the P99 triples past
/// the 200 ms target (SD6004), so 9: losing one leaves eight at 83%. Reads go to a replica, writes to
/// the primary; a standby primary and a second replica remove the single points of failure that the
/// 99.9% target cannot afford.
/// </summary>
[Design("tutorial-simple-blog")]
public sealed class PersonalBlog : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var readers = a.Client("Blog Readers");
        var lb = a.LoadBalancer("Load Balancer").Instances(2);
        var app = a.App("App Servers").Instances(9);
        var primary = a.DbPrimary("Primary DB").Instances(2);
        var replica = a.DbReplica("Read Replica").Instances(2);

        readers.Calls(lb);
        lb.Calls(app);
        app.Writes(primary);
        app.Reads(replica);
        primary.ReplicatesTo(replica);
    }
}
