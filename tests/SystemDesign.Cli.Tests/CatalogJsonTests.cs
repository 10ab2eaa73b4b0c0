using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using SystemDesign.Catalog;

namespace SystemDesign.Cli.Tests;

/// <summary><c>problems --search/--level --format json</c> and <c>show --format json</c>, run in-process.</summary>
public sealed class CatalogJsonTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Problems_json_lists_the_problems_that_match_every_filter()
    {
        var (exit, output, _) = Run("problems", "--search", "BLOG", "--category", "tutorial", "--level", "easy", "--format", "json");

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(ProblemCatalog.BuiltIn.Problems.Count, root.GetProperty("total").GetInt32());
        var problems = root.GetProperty("problems").EnumerateArray().ToArray();
        Assert.Equal(problems.Length, root.GetProperty("matched").GetInt32());
        Assert.Contains(problems, p => p.GetProperty("id").GetString() == "tutorial-simple-blog");
        foreach (var p in problems)
        {
            Assert.Equal("tutorial", p.GetProperty("category").GetString());
            Assert.Equal("Easy", p.GetProperty("difficulty").GetString());
            var problem = ProblemCatalog.BuiltIn.Find(p.GetProperty("id").GetString()!)!;
            Assert.Contains(new[] { problem.Id, problem.Title, problem.Summary, problem.Goal }, f => f.Contains("blog", System.StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Search_narrows_the_text_table_too()
    {
        var (exit, output, _) = Run("problems", "--search", "personal blog");

        Assert.Equal(0, exit);
        Assert.Contains("tutorial-simple-blog", output, System.StringComparison.Ordinal);
        Assert.StartsWith("1 of 651 problems", output.Split('\n').Reverse().Skip(1).First(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Show_json_has_the_statement_tiers_and_palette_and_is_culture_invariant()
    {
        var (exit, output, _) = Run("show", "tutorial-simple-blog", "--format", "json");
        var saved = CultureInfo.CurrentCulture;
        string german;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            german = Run("show", "tutorial-simple-blog", "--format", "json").Out;
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.Equal(0, exit);
        Assert.Equal(output, german);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("Tutorial 1: Personal Blog Platform", root.GetProperty("title").GetString());
        Assert.Equal(["T0", "T1", "T2"], root.GetProperty("tiers").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Contains(root.GetProperty("tiers")[2].GetProperty("requirements").EnumerateArray(), r => r.GetProperty("text").GetString() == "Minimum 7 of type: app");
        Assert.Equal(ProblemCatalog.BuiltIn.Find("tutorial-simple-blog")!.Palette, root.GetProperty("palette").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(900, root.GetProperty("constants").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "read_qps").GetProperty("value").GetDouble());
    }

    [Theory]
    [InlineData("--format takes text or json here; got 'xml'", "problems", "--format", "xml")]
    [InlineData("no level 'expert'", "problems", "--level", "expert")]
    [InlineData("disagree", "problems", "--level", "Easy", "--difficulty", "Advanced")]
    [InlineData("--format takes text or json here; got 'html'", "show", "tutorial-simple-blog", "--format", "html")]
    public void Bad_catalog_options_exit_2_naming_the_option(string expected, params string[] args)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains(expected, error, System.StringComparison.Ordinal);
    }
}
