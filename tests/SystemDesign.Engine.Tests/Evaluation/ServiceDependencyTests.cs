namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// A service calls every other service it depends on (docs/engine.md, "Flow": each service target is its own
/// group), while shards or replicas of one store kind share its traffic. Hand-computed on tutorial-simple-blog's
/// workload: 1,000 req/s, 90% reads.
/// </summary>
public sealed class ServiceDependencyTests
{
    [Fact]
    public void Every_request_calls_each_service_dependency_with_the_full_traffic()
    {
        var a = new ArchitectureBuilder(Designs.Blog);
        var users = a.Client("Users");
        var api = a.App("API").Instances(10);
        var auth = a.App("Auth").Instances(10);
        var profile = a.App("Profile").Instances(10);
        users.Calls(api);
        api.Calls(auth);
        api.Calls(profile);

        var e = Grader.Grade(Designs.Blog, a.Build());

        Assert.Equal(1000, e.Component("Auth").OfferedRps, 9);
        Assert.Equal(1000, e.Component("Profile").OfferedRps, 9);
    }

    [Fact]
    public void Replicas_of_one_kind_share_the_reads_and_weighted_services_share_by_weight()
    {
        var a = new ArchitectureBuilder(Designs.Blog);
        var users = a.Client("Users");
        var api = a.App("API").Instances(10);
        var r1 = a.DbReplica("Replica 1");
        var r2 = a.DbReplica("Replica 2");
        var v1 = a.App("Search v1").Instances(10);
        var v2 = a.App("Search v2").Instances(10);
        users.Calls(api);
        api.Reads(r1);
        api.Reads(r2);
        api.Calls(v1).Weight(3);
        api.Calls(v2).Weight(1);

        var e = Grader.Grade(Designs.Blog, a.Build());

        // 900 reads split evenly over two replicas; 1,000 requests split 3:1 between the weighted versions.
        Assert.Equal(450, e.Component("Replica 1").OfferedRps, 9);
        Assert.Equal(450, e.Component("Replica 2").OfferedRps, 9);
        Assert.Equal(750, e.Component("Search v1").OfferedRps, 9);
        Assert.Equal(250, e.Component("Search v2").OfferedRps, 9);
    }
}
