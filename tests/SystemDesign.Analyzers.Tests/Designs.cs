namespace SystemDesign.Analyzers.Tests;

/// <summary>
/// Test designs. The blog is samples/SystemDesign.Samples/PersonalBlog.cs (tutorial-simple-blog: 1,000 req/s,
/// 150 req/s per app server) with its parts open, so a test can mark or change one of them.
/// </summary>
internal static class Designs
{
    public static string Blog(
        string appInstances = "8",
        string problem = "\"tutorial-simple-blog\"",
        string readers = "a.Client(\"Blog Readers\")",
        string app = "a.App(\"App Servers\")",
        string edges = "app.Writes(primary);\n        app.Reads(replica);",
        string extra = "",
        string header = "") => $$"""
        using SystemDesign;
        {{header}}
        [Design({{problem}})]
        public sealed class PersonalBlog : IDesign
        {
            public void Describe(ArchitectureBuilder a)
            {
                var readers = {{readers}};
                var lb = a.LoadBalancer("Load Balancer").Instances(2);
                var app = {{app}}.Instances({{appInstances}});
                var primary = a.DbPrimary("Primary DB").Instances(2);
                var replica = a.DbReplica("Read Replica").Instances(2);

                readers.Calls(lb);
                lb.Calls(app);
                {{edges}}
                primary.ReplicatesTo(replica);
                {{extra}}
            }
        }
        """;
}
