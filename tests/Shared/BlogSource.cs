namespace SystemDesign.TestSupport;

/// <summary>
/// The tutorial blog as C# source for compilation tests (analyzers, code fixes): samples/SystemDesign.Samples/PersonalBlog.cs
/// (tutorial-simple-blog: 1,000 req/s, 150 req/s per app server, so 8 instances) with its parts open, so a test can
/// mark or change one of them. Written once here; each test project keeps only a thin overload with its defaults.
/// </summary>
internal static class BlogSource
{
    public static string Design(
        string app = "a.App(\"App Servers\").Instances(8)",
        string lb = "a.LoadBalancer(\"Load Balancer\").Instances(2)",
        string problem = "\"tutorial-simple-blog\"",
        string readers = "a.Client(\"Blog Readers\")",
        string edges = "app.Writes(primary);\n        app.Reads(replica);",
        string extra = "",
        string header = "",
        string name = "PersonalBlog")
    {
        // An empty extra adds no line, so code-fix tests that compare whole files see no whitespace-only line.
        var extraLine = extra.Length == 0 ? string.Empty : "\n        " + extra;
        return $$"""
            using SystemDesign;
            {{header}}
            [Design({{problem}})]
            public sealed class {{name}} : IDesign
            {
                public void Describe(ArchitectureBuilder a)
                {
                    var readers = {{readers}};
                    var lb = {{lb}};
                    var app = {{app}};
                    var primary = a.DbPrimary("Primary DB").Instances(2);
                    var replica = a.DbReplica("Read Replica").Instances(2);

                    readers.Calls(lb);
                    lb.Calls(app);
                    {{edges}}
                    primary.ReplicatesTo(replica);{{extraLine}}
                }
            }
            """;
    }
}
