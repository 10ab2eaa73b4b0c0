using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CsCheck;
using Microsoft.CodeAnalysis;
using SystemDesign.Analyzers.Interpretation;
using SystemDesign.Model;
using SystemDesign.TestSupport;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

/// <summary>
/// Designs too large to grade per keystroke: a string of megabytes, thousands of components. The analyzer stops at its
/// limits (<see cref="InterpretationLimits"/>) with SD0021, suggests no problem id for an id that is no typo, and quotes
/// no more than a few dozen characters of any name in a message. (Its time on these designs is measured by the
/// benchmark's hostile scenarios, not here: docs/reliability.md.)
/// </summary>
public class HostileSizeTests
{
    /// <summary>Longer than any message may be, whatever the design: a message quotes a name at most a few times, and a name has at most 200 characters.</summary>
    private const int MaxMessageLength = 2_000;

    private static readonly string Megabytes = new('x', 3 * 1024 * 1024);

    [Fact]
    public async Task A_component_name_of_megabytes_is_graded_at_test_time_with_the_limit_named()
    {
        var diagnostics = await AnalyzeAsync(Designs.Blog(app: "a.App(\"" + Megabytes + "\")"));

        var notStatic = Assert.Single(diagnostics, d => d.Id == Rules.NotStaticallyEvaluable.Id);
        var message = notStatic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("a string of 3,145,728 characters, beyond the analyzer's limit of 200", message, StringComparison.Ordinal);
        Assert.All(diagnostics, d => Assert.True(d.GetMessage(CultureInfo.InvariantCulture).Length < MaxMessageLength, d.Id));
    }

    [Fact]
    public async Task A_problem_id_of_megabytes_is_unknown_without_suggestions_and_shortened_in_the_message()
    {
        var diagnostics = await AnalyzeAsync(Designs.Blog(problem: "\"" + Megabytes + "\""));

        var unknown = Assert.Single(diagnostics, d => d.Id == Rules.UnknownProblem.Id);
        var message = unknown.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("… (3,145,728 characters)", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, unknown.Properties[DiagnosticProperties.Suggestions]);
    }

    [Fact]
    public async Task A_short_unknown_problem_id_still_gets_suggestions()
    {
        var diagnostics = await AnalyzeAsync(Designs.Blog(problem: "\"tutorial-simple-blgo\""));

        var unknown = Assert.Single(diagnostics, d => d.Id == Rules.UnknownProblem.Id);
        Assert.Contains("Did you mean 'tutorial-simple-blog'", unknown.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_components_than_the_limit_stop_at_the_first_one_beyond_it()
    {
        var extra = new StringBuilder();
        for (var i = 0; i <= InterpretationLimits.MaxComponents; i++)
        {
            extra.Append(CultureInfo.InvariantCulture, $"a.Cache(\"Cache {i}\");\n");
        }

        var diagnostics = await AnalyzeAsync(Designs.Blog(extra: extra.ToString()));

        var notStatic = Assert.Single(diagnostics, d => d.Id == Rules.NotStaticallyEvaluable.Id);
        Assert.Contains("more than 2,000 components, beyond the analyzer's limit of 2,000", notStatic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(
            "a.Cache(\"Cache " + (InterpretationLimits.MaxComponents - 5).ToString(CultureInfo.InvariantCulture) + "\")",
            LineText(notStatic));
    }

    /// <summary>
    /// Seeded fuzz: the blog with one string argument (a name, a type, a zone, a parameter name or the problem id)
    /// replaced by a string around and far beyond the limit. Every design gets its verdict (graded, or SD0021 naming
    /// the limit exactly when a string is beyond it), no analyzer exception, and no message longer than a screen.
    /// </summary>
    [Fact]
    public async Task Seeded_fuzz_of_long_strings_in_every_argument_position()
    {
        var lengths = Gen.OneOf(1, 40, InterpretationLimits.MaxStringLength - 1, InterpretationLimits.MaxStringLength, InterpretationLimits.MaxStringLength + 1, 20_000, 200_000);
        var cases = Seeded.Samples(Gen.Select(Gen.Int[0, Positions.Length - 1], lengths, Gen.Char['a', 'z'], (position, length, letter) => (Position: position, Length: length, Letter: letter)), seed: 20_261_205, count: 40).ToList();
        var sources = cases.Select((c, i) => Positions[c.Position](new string(c.Letter, c.Length)).Replace("class PersonalBlog", "class Blog" + i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToArray();

        var compilation = Compile(sources);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var (diagnostics, exceptions) = await RunAsync(compilation);

        Assert.Empty(exceptions);
        for (var i = 0; i < cases.Count; i++)
        {
            var (position, length, _) = cases[i];
            var path = i == 0 ? SourcePath : "/src/Design" + i.ToString(CultureInfo.InvariantCulture) + ".cs";
            var mine = diagnostics.Where(d => d.Location.SourceTree?.FilePath == path).ToArray();
            var what = "case " + i.ToString(CultureInfo.InvariantCulture) + " (position " + position.ToString(CultureInfo.InvariantCulture) + ", length " + length.ToString(CultureInfo.InvariantCulture) + ")";
            Assert.All(mine, d => Assert.True(d.GetMessage(CultureInfo.InvariantCulture).Length < MaxMessageLength, what + ": " + d.Id + " message of " + d.GetMessage(CultureInfo.InvariantCulture).Length.ToString(CultureInfo.InvariantCulture)));
            var beyond = mine.Any(d => d.Id == Rules.NotStaticallyEvaluable.Id && d.GetMessage(CultureInfo.InvariantCulture).Contains("beyond the analyzer's limit", StringComparison.Ordinal));
            var isProblemId = position == Positions.Length - 1;
            Assert.True(beyond == (length > InterpretationLimits.MaxStringLength && !isProblemId), what + ": " + string.Join(", ", mine.Select(d => d.Id)));
            Assert.True(mine.Length > 0, what + ": no diagnostic at all");
        }
    }

    private static readonly Func<string, string>[] Positions =
    {
        s => Designs.Blog(app: "a.App(\"" + s + "\")"),
        s => Designs.Blog(readers: "a.Component(\"" + s + "\", \"Readers\")"),
        s => Designs.Blog(extra: "primary.Zone(\"" + s + "\");"),
        s => Designs.Blog(extra: "app.Parameter(\"" + s + "\", 1);"),
        s => Designs.Blog(problem: "\"" + s + "\""),
    };

    /// <summary>The source line SD0021's message names ("line N has ...").</summary>
    private static string LineText(Diagnostic diagnostic)
    {
        var text = diagnostic.Location.SourceTree!.GetText();
        var reasonLine = int.Parse(diagnostic.GetMessage(CultureInfo.InvariantCulture).Split("line ")[1].Split(' ')[0], CultureInfo.InvariantCulture);
        return text.Lines[reasonLine - 1].ToString().Trim().TrimEnd(';');
    }
}
