using System.IO;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace SystemDesign.Cli.Tests;

/// <summary><c>sysdesign diagram</c> run in-process on the temporary projects (<see cref="GradeProjects"/>).</summary>
[Collection(GradedProjects.Name)]
public sealed class DiagramCommandTests(GradeProjects projects)
{
    private static readonly System.StringComparison Ordinal = System.StringComparison.Ordinal;

    [Fact]
    public async Task Mermaid_draws_the_chosen_design_with_the_engines_figures()
    {
        var (exit, output, error) = await projects.Grade("diagram", "mixed", "--design", "OverloadedBlog");

        Assert.True(exit == 0, error);
        Assert.StartsWith("flowchart TB\n", output, Ordinal);
        Assert.Contains("n2[\"App Servers<br/>app × 1<br/>666.7% utilized\"]", output, Ordinal);
        Assert.Contains("n3 -.->|\"replicates · 200/s\"| n4", output, Ordinal); // 100 writes/s to each of 2 replicas
        Assert.Contains("class n1,n3,n4 ok\n    class n2 over\n", output, Ordinal);
    }

    [Fact]
    public async Task Svg_goes_to_a_file_byte_identical_to_standard_output_and_escapes_names()
    {
        var file = projects.PathOf("markup.svg");
        var (exit, output, error) = await projects.Grade("diagram", "markup", "--format", "svg", "--output", file);
        var (stdoutExit, svg, _) = await projects.Grade("diagram", "markup", "--format", "svg");

        Assert.True(exit == 0, error);
        Assert.Equal(0, stdoutExit);
        Assert.Equal($"Diagram of MarkupBlog written to {file}.\n", output);
        Assert.Equal(svg, await File.ReadAllTextAsync(file));
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal("svg", root.Name.LocalName);
        Assert.Contains(root.Descendants(), e => e.Name.LocalName == "text" && e.Value == GradeProjects.MarkupName);
    }

    [Fact]
    public async Task Dot_works_with_a_design_name_instead_of_a_path()
    {
        var (exit, output, error) = await Sysdesign.InProcessAsync(projects.PathOf("mixed"), "diagram", "PassingBlog", "--format", "dot");

        Assert.True(exit == 0, error);
        Assert.StartsWith("digraph \"PassingBlog\" {\n", output, Ordinal);
        Assert.Contains("n1 -> n2 [label=\"calls · 1,000/s\"];", output, Ordinal);
    }

    [Theory]
    [InlineData("4 designs in 'mixed': ", "diagram", "mixed")]
    [InlineData("cannot draw LoopedBlog: the interpreter cannot read it statically (SD0021: ", "diagram", "mixed", "--design", "LoopedBlog")]
    [InlineData("no design matches --design Nope", "diagram", "mixed", "--design", "Nope")]
    [InlineData("--format takes mermaid, dot or svg; got 'png'.", "diagram", "mixed", "--format", "png")]
    public async Task Without_one_readable_design_it_exits_2_saying_why(string expected, params string[] args)
    {
        var (exit, output, error) = await projects.Grade(args);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, error, Ordinal);
        Assert.Single(error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries), l => l.Contains(expected, Ordinal));
    }
}
