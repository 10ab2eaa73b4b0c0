using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using SystemDesign.Model;

namespace SystemDesign.Cli.Tests;

/// <summary><c>grade --format sarif</c> and <c>--format html</c>, run in-process on the temporary projects.</summary>
[Collection(GradedProjects.Name)]
public sealed class GradeReportFormatTests(GradeProjects projects)
{
    private static readonly System.StringComparison Ordinal = System.StringComparison.Ordinal;

    [Theory]
    [InlineData("mixed")]
    [InlineData("markup")]
    public async Task Sarif_conforms_to_the_sarif_2_1_0_schema(string folder)
    {
        var (exit, output, error) = await projects.Grade("grade", folder, "--format", "sarif");

        Assert.True(exit == 1, error);
        using var log = JsonDocument.Parse(output);
        Assert.Empty(SarifSchema.Violations(log.RootElement));
    }

    [Fact]
    public async Task Sarif_lists_the_rule_table_and_locates_every_finding()
    {
        var (_, output, _) = await projects.Grade("grade", "mixed", "--format", "sarif");
        var (_, json, _) = await projects.Grade("grade", "mixed", "--format", "json");

        using var log = JsonDocument.Parse(output);
        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(Rules.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        var sd2001 = rules.Single(r => r.GetProperty("id").GetString() == "SD2001");
        Assert.Equal(Rules.Find("SD2001")!.HelpLink, sd2001.GetProperty("helpUri").GetString());
        Assert.Equal(Rules.Find("SD2001")!.Title, sd2001.GetProperty("shortDescription").GetProperty("text").GetString());

        // One result per finding of the JSON report, in the same order, at the same place.
        using var report = JsonDocument.Parse(json);
        var findings = report.RootElement.GetProperty("designs").EnumerateArray().SelectMany(d => d.GetProperty("findings").EnumerateArray()).ToArray();
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(findings.Length, results.Length);
        Assert.Equal(findings.Select(f => f.GetProperty("id").GetString()), results.Select(r => r.GetProperty("ruleId").GetString()));
        var overload = results.First(r => r.GetProperty("ruleId").GetString() == "SD2001");
        Assert.Equal("error", overload.GetProperty("level").GetString());
        var physical = overload.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("mixed/designs/Failing.cs", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(10, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(50, physical.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("App Servers", overload.GetProperty("properties").GetProperty("target").GetString());
    }

    [Fact]
    public async Task Html_is_one_well_formed_page_with_escaped_names_and_no_external_assets()
    {
        var file = projects.PathOf("report.html");
        var (exit, _, error) = await projects.Grade("grade", "markup", "--format", "html", "--output", file);

        Assert.True(exit == 1, error);
        var html = await File.ReadAllTextAsync(file);
        var page = XDocument.Parse(html); // throws on any unclosed element or unescaped '<' / '&'
        Assert.Equal("html", page.Root!.Name.LocalName);
        Assert.Contains(page.Descendants("td"), td => td.Value == GradeProjects.MarkupName); // the name survives escaping intact
        Assert.DoesNotContain("<script", html, Ordinal);
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName is "script" or "link" or "img" or "iframe");
        Assert.DoesNotContain(page.Descendants().Attributes(), a => a.Name.LocalName is "src" or "href");
        Assert.Contains("☐ T1 High Availability", html, Ordinal);
        Assert.Contains(page.Descendants("td"), td => (string?)td.Attribute("class") == "num over" && td.Value == "666.7%");
        Assert.Contains("Designs passed: 0 / 1. Tiers passed: 1 / 3.", html, Ordinal);
    }

    [ChromiumFact]
    public async Task Html_loads_in_headless_chromium_without_console_errors()
    {
        // The same command line as the well-formedness test, so the two read one grade of markup/ and one page.
        var file = projects.PathOf("report.html");
        var (exit, _, error) = await projects.Grade("grade", "markup", "--format", "html", "--output", file);
        Assert.True(exit == 1, error);
        var screenshot = projects.PathOf("render.png");

        var dom = await Chromium.RunAsync("--dump-dom", new System.Uri(file).AbsoluteUri);
        var shot = await Chromium.RunAsync("--screenshot=" + screenshot, "--window-size=1200,1600", new System.Uri(file).AbsoluteUri);

        Assert.True(dom.Exit == 0, dom.Err);
        Assert.DoesNotContain("CONSOLE", dom.Err, Ordinal); // chromium logs each console message, errors included, as CONSOLE(...)
        Assert.DoesNotContain("Failed to load resource", dom.Err, Ordinal);
        Assert.Contains("MarkupBlog", dom.Out, Ordinal);
        Assert.Contains("Designs passed: 0 / 1.", dom.Out, Ordinal);
        Assert.DoesNotContain("<script>alert", dom.Out, Ordinal); // the script-like name stayed text
        Assert.True(shot.Exit == 0, shot.Err);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is (nearly) empty");
    }
}
