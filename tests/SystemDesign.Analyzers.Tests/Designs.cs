using SystemDesign.TestSupport;

namespace SystemDesign.Analyzers.Tests;

/// <summary>Test designs: the shared blog (<see cref="BlogSource"/>) with the app servers' count open.</summary>
internal static class Designs
{
    public static string Blog(
        string appInstances = "8",
        string problem = "\"tutorial-simple-blog\"",
        string readers = "a.Client(\"Blog Readers\")",
        string app = "a.App(\"App Servers\")",
        string edges = "app.Writes(primary);\n        app.Reads(replica);",
        string extra = "",
        string header = "") =>
        BlogSource.Design(app: app + ".Instances(" + appInstances + ")", problem: problem, readers: readers, edges: edges, extra: extra, header: header);
}
