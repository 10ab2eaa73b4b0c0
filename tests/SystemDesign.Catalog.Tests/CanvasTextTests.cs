using System.Linq;
using System.Text.RegularExpressions;

namespace SystemDesign.Catalog.Tests;

/// <summary>
/// Catalog text written for the old web canvas ("drag components onto the canvas", "click and drag between nodes") is
/// adapted for code through catalog/overrides.json (replaceText, docs/catalog.md "Canvas text"); a new instance in any
/// problem's text fails here, naming the problem, the field and the words.
/// </summary>
public sealed class CanvasTextTests
{
    // Words of a pointer on a canvas; "clickstream", "user clicks" and "drop old updates" are the domain's, not the UI's.
    private static readonly Regex CanvasWords = new(
        @"\b(?:canvas|drag\w*|drop\s+components|click(?:ing)?\s+on|click(?:ing)?\s+and\s+drag\w*|palette\s+on\s+the\s+(?:left|right)|checkmarks?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [Fact]
    public void No_problem_text_speaks_of_the_web_canvas()
    {
        var found = ProblemCatalog.BuiltIn.Problems
            .SelectMany(p => Texts(p).SelectMany(t => CanvasWords.Matches(t.Text).Select(m => $"{p.Id} {t.Field}: '{m.Value}'")))
            .ToList();

        Assert.True(found.Count == 0, "canvas text to adapt with a replaceText override: " + string.Join("; ", found));
    }

    [Fact]
    public void The_adapted_tutorial_keeps_its_steps()
    {
        var blog = ProblemCatalog.BuiltIn.Find("tutorial-simple-blog")!;
        Assert.Contains("3. Connect them with a call from one node to the next (`client.Calls(app)`)", blog.Description, System.StringComparison.Ordinal);
        Assert.Contains(blog.Corrections, c => c.Field == "description");
    }

    private static System.Collections.Generic.IEnumerable<(string Field, string Text)> Texts(Problem p)
    {
        yield return ("summary", p.Summary);
        yield return ("goal", p.Goal);
        yield return ("description", p.Description);
        yield return ("narrative", p.Narrative ?? string.Empty);
        for (var i = 0; i < p.FunctionalRequirements.Count; i++)
        {
            yield return ($"functionalRequirements[{i}]", p.FunctionalRequirements[i]);
        }

        for (var i = 0; i < p.Hints.Count; i++)
        {
            yield return ($"hints[{i}]", p.Hints[i]);
        }
    }
}
