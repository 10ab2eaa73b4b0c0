using System;
using System.Linq;
using System.Text.Json;
using SystemDesign.Catalog;
using SystemDesign.Reports;
using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Fuzz;

/// <summary>
/// Reports never throw and stay linear in the design (issue 13, "reports never throw"): megabyte names, control
/// characters, right-to-left marks, emoji and lone surrogates, and designs of many thousands of components. Long names
/// are shortened for display in text and Markdown; the JSON keeps every name in full.
/// </summary>
public sealed class HostileNameTests
{
    private static readonly Problem Workload = Designs.Problem(
        rate: 1000, readRatio: 0.9, peak: 3, latency: [new LatencyTarget(99, 200, "test")], availability: 0.999, budget: 10, connections: 50_000);

    /// <summary>users → lb → app(name) → db, the app saturated so its name appears in many findings and scenarios.</summary>
    private static Architecture Named(string app) => new(
        null,
        [new Component("Users", "client"), new Component("LB", "lb"), new Component(app, "app") { CapacityPerInstance = 10 }, new Component("DB", "db_primary")],
        [new Connection("Users", "LB", ConnectionKind.Calls), new Connection("LB", app, ConnectionKind.Calls), new Connection(app, "DB", ConnectionKind.Default)]);

    [Fact]
    public void A_megabyte_name_is_shortened_in_text_and_markdown_and_kept_whole_in_json()
    {
        var name = "Checkout" + new string('x', 1 << 20);
        var e = Designs.Evaluate(Workload, Named(name));

        var text = EvaluationReport.ToText(e);
        var markdown = EvaluationReport.ToMarkdown(e);
        var json = EvaluationReport.ToJson(e);

        Assert.True(text.Length < 100_000, $"text report of {text.Length:N0} characters");
        Assert.True(markdown.Length < 100_000, $"Markdown report of {markdown.Length:N0} characters");
        Assert.DoesNotContain(name, text, StringComparison.Ordinal);
        Assert.Contains(DisplayText.Shorten(name), text, StringComparison.Ordinal);
        Assert.Contains("…(1,048,584 characters)", markdown, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Contains(document.RootElement.GetProperty("components").EnumerateArray(), c => c.GetProperty("name").GetString() == name);
    }

    [Theory]
    [InlineData("line\nbreak")]
    [InlineData("tab\tand\rreturn\0nul\u001bescape")]
    [InlineData("\u202Eright-to-left override")]
    [InlineData("שרת יישומים")]
    [InlineData("emoji 🚀🔥 pair")]
    [InlineData("lone \ud800 high")]
    [InlineData("lone \udc00 low")]
    [InlineData("pipe | star * back ` tick < tag >")]
    [InlineData("")]
    [InlineData("   ")]
    public void Hostile_characters_never_break_a_report(string name)
    {
        var e = Designs.Evaluate(Workload, Named(name));

        var text = EvaluationReport.ToText(e);
        var markdown = EvaluationReport.ToMarkdown(e);
        var json = EvaluationReport.ToJson(e);

        // No control character but the line ends reaches a console or a Markdown file; every table row is one line.
        Assert.DoesNotContain(text, c => char.IsControl(c) && c != '\n');
        Assert.DoesNotContain(markdown, c => char.IsControl(c) && c != '\n');
        Assert.All(markdown.Split('\n').Where(l => l.StartsWith('|')), row => Assert.EndsWith("|", row, StringComparison.Ordinal));
        Assert.Equal(-1, IndexOfLoneSurrogate(text));
        Assert.Equal(-1, IndexOfLoneSurrogate(markdown));
        using var document = JsonDocument.Parse(json);
        var expected = IndexOfLoneSurrogate(name) >= 0 ? name.Replace('\ud800', '\ufffd').Replace('\udc00', '\ufffd') : name;
        Assert.Contains(document.RootElement.GetProperty("components").EnumerateArray(), c => c.GetProperty("name").GetString() == expected);
    }

    [Fact]
    public void Report_size_grows_linearly_with_the_design()
    {
        var (text1, markdown1, json1) = Sizes(300);
        var (text2, markdown2, json2) = Sizes(600);

        // Twice the components (each with a 200-character name): at most a little over twice the output.
        Assert.InRange(text2 / (double)text1, 1.8, 2.2);
        Assert.InRange(markdown2 / (double)markdown1, 1.8, 2.2);
        Assert.InRange(json2 / (double)json1, 1.8, 2.2);
    }

    private static (int Text, int Markdown, int Json) Sizes(int apps)
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var lb = a.LoadBalancer("LB").Instances(10);
        users.Calls(lb);
        for (var i = 0; i < apps; i++)
        {
            var app = a.App(i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + new string('n', 194)).CapacityPerInstance(0.1);
            lb.Calls(app);
        }

        var e = Designs.Evaluate(Workload, a.Build());
        return (EvaluationReport.ToText(e).Length, EvaluationReport.ToMarkdown(e).Length, EvaluationReport.ToJson(e).Length);
    }

    private static int IndexOfLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if ((char.IsHighSurrogate(s[i]) && (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1])))
                || (char.IsLowSurrogate(s[i]) && (i == 0 || !char.IsHighSurrogate(s[i - 1]))))
            {
                return i;
            }
        }

        return -1;
    }
}
