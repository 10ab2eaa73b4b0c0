using SystemDesign.Model;

namespace SystemDesign.TestSupport;

/// <summary>
/// The tutorial blog as a model, built once for every test that grades it in-process. Linked into the test projects
/// that use it.
/// </summary>
internal static class TutorialBlog
{
    /// <summary>The problem the blog answers (1,000 req/s, 150 req/s per app server).</summary>
    public const string Problem = "tutorial-simple-blog";

    /// <summary>
    /// The tutorial's reference shape (docs/design-api.md), minimal: client → lb → app(<paramref name="appServers"/>) →
    /// primary (writes) and replica (reads); one load balancer and one of each database, no replication.
    /// </summary>
    public static Architecture WithAppServers(int appServers)
    {
        var a = new ArchitectureBuilder(Problem);
        var readers = a.Client("Blog Readers");
        var lb = a.LoadBalancer("Load Balancer");
        var app = a.App("App Servers").Instances(appServers);
        var primary = a.DbPrimary("Primary DB");
        var replica = a.DbReplica("Read Replica");
        readers.Calls(lb);
        lb.Calls(app);
        app.Writes(primary);
        app.Reads(replica);
        return a.Build();
    }
}
