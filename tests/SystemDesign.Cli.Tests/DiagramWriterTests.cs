using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SystemDesign.Cli.Diagrams;
using SystemDesign.Cli.Grading;
using SystemDesign.Engine;
using SystemDesign.Model;
using SystemDesign.Reports;

namespace SystemDesign.Cli.Tests;

/// <summary>The diagram writers on a design built at run time and graded by the engine, in-process.</summary>
public sealed class DiagramWriterTests
{
    private sealed class QueuedBlog : IDesign
    {
        public void Describe(ArchitectureBuilder a)
        {
            var readers = a.Client("Readers \"A&B\"");
            var app = a.App("App Servers").Instances(1);
            var queue = a.Queue("Jobs");
            var worker = a.App("Workers").Instances(2);
            var primary = a.DbPrimary("Primary DB").Instances(2);
            var replica = a.DbReplica("Read Replica").Instances(2);
            readers.Calls(app);
            app.Reads(replica);
            app.Writes(primary);
            app.Publishes(queue);
            worker.Consumes(queue);
            worker.Writes(primary);
            primary.ReplicatesTo(replica);
        }
    }

    private sealed class MonitoredBlog : IDesign
    {
        public void Describe(ArchitectureBuilder a)
        {
            var readers = a.Client("Readers");
            var app = a.App("App Servers").Instances(20);
            var db = a.DbPrimary("Primary DB").Instances(2);
            var metrics = a.Component("monitoring", "Metrics");
            readers.Calls(app);
            app.ConnectsTo(db);
            app.ConnectsTo(metrics);
            app.ConnectsTo(app);
        }
    }

    private static DesignGraph Graph(IDesign? blog = null)
    {
        var architecture = Architecture.From(blog ?? new QueuedBlog());
        var design = new GradedDesign
        {
            Name = blog is null ? "QueuedBlog" : "MonitoredBlog",
            TypeName = "Tests.QueuedBlog",
            ProblemId = "tutorial-simple-blog",
            Project = "Tests.csproj",
            Location = new SourceLocation("QueuedBlog.cs", 0, 0, 1, 1),
            Evaluation = Grader.Grade("tutorial-simple-blog", architecture),
            Architecture = architecture,
        };
        return DesignGraph.From(design);
    }

    [Fact]
    public void Svg_is_well_formed_laid_out_and_byte_identical_between_runs_and_cultures()
    {
        var first = SvgDiagram.Render(Graph());
        var saved = CultureInfo.CurrentCulture;
        string german;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            german = SvgDiagram.Render(Graph());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.Equal(first, SvgDiagram.Render(Graph()));
        Assert.Equal(first, german);
        var svg = XDocument.Parse(first).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        var boxes = svg.Descendants(ns + "rect").ToArray();
        Assert.Equal(6, boxes.Length);
        Assert.Equal(7, svg.Elements(ns + "path").Count()); // one per connection
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "Readers \"A&B\""); // escaped in the file, intact when read
        // The layered layout puts boxes apart: no two overlap.
        var rects = boxes.Select(r => (X: Number(r, "x"), Y: Number(r, "y"), W: Number(r, "width"), H: Number(r, "height"))).ToArray();
        foreach (var a in rects)
        {
            Assert.DoesNotContain(rects, b => b != a && a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H);
        }

        // The overloaded app server is red, the queue square-cornered, replication dashed.
        Assert.Contains(boxes, r => (string?)r.Attribute("fill") == DesignGraph.Fill(UtilizationBand.Over));
        Assert.Contains(boxes, r => (string?)r.Attribute("rx") == "0");
        Assert.Contains(svg.Elements(ns + "path"), p => p.Attribute("stroke-dasharray") is not null);
        Assert.Contains(svg.Elements(ns + "text"), t => t.Value == "consumes · 100/s");
    }

    [Fact]
    public void Mermaid_and_dot_show_every_component_and_connection_with_its_kind()
    {
        var graph = Graph();
        var mermaid = MermaidDiagram.Render(graph);
        var dot = DotDiagram.Render(graph);

        Assert.StartsWith("flowchart TB\n", mermaid, System.StringComparison.Ordinal);
        Assert.Contains("n0[\"Readers #quot;A#amp;B#quot;<br/>client × 1<br/>no capacity limit\"]", mermaid, System.StringComparison.Ordinal);
        Assert.Contains("n2[[\"Jobs<br/>", mermaid, System.StringComparison.Ordinal); // a queue is drawn apart
        // Every arrow carries its kind and the rate at the target (1,000 req/s, 90% reads): the app's writes are
        // published, its reads go to the replica, and both writers' 200 writes/s reach each of 2 replica instances.
        Assert.Contains("n1 -.->|\"publishes · 100/s\"| n2", mermaid, System.StringComparison.Ordinal);
        Assert.Contains("n1 -->|\"reads · 900/s\"| n5", mermaid, System.StringComparison.Ordinal);
        Assert.Matches(@"class [n0-9,]*n1[n0-9,]* over\n", mermaid);

        Assert.StartsWith("digraph \"QueuedBlog\" {\n", dot, System.StringComparison.Ordinal);
        Assert.Contains("n0 [label=\"Readers \\\"A&B\\\"\\nclient × 1\\nno capacity limit\"", dot, System.StringComparison.Ordinal);
        Assert.Contains("n4 -> n5 [label=\"replicates · 400/s\", style=dashed];", dot, System.StringComparison.Ordinal);
        Assert.Equal(7, dot.Split('\n').Count(l => l.Contains(" -> ", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Edges_that_carry_nothing_say_why_and_are_dashed_and_rates_keep_their_invariant_separators()
    {
        var saved = CultureInfo.CurrentCulture;
        string mermaid;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            mermaid = MermaidDiagram.Render(Graph(new MonitoredBlog()));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.Contains("n0 -->|\"calls · 1,000/s\"| n1", mermaid, System.StringComparison.Ordinal);
        Assert.Contains("n1 -.->|\"calls · off path\"| n3", mermaid, System.StringComparison.Ordinal); // telemetry
        Assert.Contains("n1 -.->|\"calls · ignored\"| n1", mermaid, System.StringComparison.Ordinal); // a self edge (SD0005)
    }

    /// <summary>
    /// The Mermaid text reviewed as a whole. Changed when edges gained their rates (issue 10: "edges labelled with their
    /// rate and kind"); review a change of it like code.
    /// </summary>
    [Fact]
    public void Mermaid_matches_the_approved_file() =>
        TestSupport.Snapshot.Verify(
            System.IO.Path.Combine(TestSupport.RepositoryRoot.Path, "tests", "SystemDesign.Cli.Tests", "Snapshots"), "queued-blog", "mmd", MermaidDiagram.Render(Graph()));

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
