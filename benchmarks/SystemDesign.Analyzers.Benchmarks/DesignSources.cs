using System.Globalization;

namespace SystemDesign.Analyzers.Benchmarks;

/// <summary>
/// The source text of the designs the benchmark edits: the sample blog (5 components, tutorial-simple-blog) and a
/// typical 15-component design for tinyurl (the engine benchmarks' <c>Typical15_Tinyurl</c>, sized to pass). Each
/// takes the value being edited and a leading comment, so an edit can change the model or only the text around it.
/// </summary>
internal static class DesignSources
{
    public static string Blog(string className, int appInstances, string note = "", string problemId = "tutorial-simple-blog", string appName = "App Servers") => $$"""
        using SystemDesign;

        // {{note}}
        [Design("{{problemId}}")]
        public sealed class {{className}} : IDesign
        {
            public void Describe(ArchitectureBuilder a)
            {
                var readers = a.Client("Blog Readers");
                var lb = a.LoadBalancer("Load Balancer").Instances(2);
                var app = a.App("{{appName}}").Instances({{Number(appInstances)}});
                var primary = a.DbPrimary("Primary DB").Instances(2);
                var replica = a.DbReplica("Read Replica").Instances(2);

                readers.Calls(lb);
                lb.Calls(app);
                app.Writes(primary);
                app.Reads(replica);
                primary.ReplicatesTo(replica);
            }
        }
        """;

    public static string Tinyurl(string className, int redirectInstances, string note = "") => $$"""
        using SystemDesign;

        // {{note}}
        [Design("tinyurl")]
        public sealed class {{className}} : IDesign
        {
            public void Describe(ArchitectureBuilder a)
            {
                var readers = a.Client("Redirect Clients");
                var writers = a.Client("Create Clients");
                var cdn = a.Cdn("CDN").HitRate(0.85).Instances(40);
                var lb = a.LoadBalancer("LB").Instances(40);
                var redirect = a.App("Redirect Service").CapacityPerInstance(2000).ServiceTime(2).Instances({{Number(redirectInstances)}});
                var create = a.App("Create Service").CapacityPerInstance(1000).ServiceTime(4).Instances(400);
                var stats = a.App("Stats API").CapacityPerInstance(1000).ServiceTime(4).Instances(200);
                var cache = a.Cache("Redis").HitRate(0.9).Instances(40);
                var primary = a.DbPrimary("Primary DB").CapacityPerInstance(20_000).Instances(40);
                var replicaA = a.DbReplica("Replica A").CapacityPerInstance(20_000).Instances(40);
                var replicaB = a.DbReplica("Replica B").CapacityPerInstance(20_000).Instances(40);
                var queue = a.Queue("Click Events").CapacityPerInstance(50_000).Instances(80);
                var workers = a.Worker("Indexers").CapacityPerInstance(5_000).Instances(400);
                var search = a.Search("Link Search").CapacityPerInstance(5_000).Instances(40);
                var objects = a.ObjectStore("QR Images").Instances(40);

                readers.Reads(cdn);
                cdn.Calls(lb);
                writers.Calls(lb);
                lb.Calls(redirect).Weight(0.85);
                lb.Calls(create).Weight(0.1);
                lb.Calls(stats).Weight(0.05);
                redirect.Reads(cache);
                redirect.Reads(replicaA);
                redirect.Reads(replicaB);
                redirect.Publishes(queue);
                create.Writes(primary);
                create.Writes(objects);
                stats.Reads(search);
                primary.ReplicatesTo(replicaA);
                primary.ReplicatesTo(replicaB);
                workers.Consumes(queue);
                workers.Writes(search);
            }
        }
        """;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
