using SystemDesign.TestSupport;

namespace SystemDesign.CodeFixes.Tests;

/// <summary>
/// Test designs. The blog is the shared one (<see cref="BlogSource"/>), here with 2 app servers by default so the
/// capacity fixes have something to fix.
/// </summary>
internal static class Designs
{
    public static string Blog(string app = "a.App(\"App Servers\").Instances(2)", string lb = "a.LoadBalancer(\"Load Balancer\").Instances(2)", string name = "PersonalBlog") =>
        BlogSource.Design(app: app, lb: lb, name: name);

    /// <summary>analytics-dashboard-cache: its tier asks cache.hit_rate ≥ 0.8.</summary>
    public static string Dashboard(string cache) => $$"""
        using SystemDesign;

        [Design("analytics-dashboard-cache")]
        public sealed class Dashboard : IDesign
        {
            public void Describe(ArchitectureBuilder a)
            {
                var users = a.Client("Users");
                var app = a.App("App").Instances(400);
                var cache = {{cache}};
                var db = a.DbPrimary("DB").Instances(12);
                users.Calls(app);
                app.Reads(cache);
                cache.Reads(db);
                app.Writes(db);
            }
        }
        """;

    /// <summary>ingestion: 10,000 msg/s; its tier asks stream.partitions ≥ 14.</summary>
    public static string Ingestion(string stream) => $$"""
        using SystemDesign;

        [Design("ingestion")]
        public sealed class Ingestion : IDesign
        {
            public void Describe(ArchitectureBuilder a)
            {
                var producers = a.Client("Producers");
                var api = a.App("Ingest API").Instances(10);
                var events = {{stream}};
                var consumers = a.Worker("Consumers").Instances(12);
                producers.Calls(api);
                api.Publishes(events);
                consumers.Consumes(events);
            }
        }
        """;
}
