using SystemDesign.Generators.Models;

namespace SystemDesign.Generators.Emit;

/// <summary>
/// Writes <c>SystemDesign.Problems.&lt;PascalCaseId&gt;</c>: the id, the constants as typed <c>const</c>s and the
/// statement (goal, requirements, tiers, hints) as XML documentation, so hovering the class shows the problem.
/// </summary>
internal static class ProblemEmitter
{
    public const string Namespace = "SystemDesign.Problems";

    public static string Emit(ProblemModel p)
    {
        using var w = new SourceWriter();
        w.Header().Line();
        w.Open("namespace " + Namespace);
        w.Doc("<summary>");
        w.Doc("<b>" + Names.Xml(p.Title) + "</b> (<c>" + Names.Xml(p.Id) + "</c>, #" + Names.Readable(p.Number) + ", " + Names.Xml(p.Category)
            + (p.Difficulty is null ? string.Empty : ", " + Names.Xml(p.Difficulty)) + ").");
        Para(w, "Goal", p.Goal);
        Para(w, "Summary", p.Summary);
        List(w, "Functional requirements", "bullet", p.FunctionalRequirements);
        List(w, "Non-functional requirements", "bullet", p.NonFunctionalRequirements);
        if (p.Tiers.Count > 0)
        {
            w.Doc("<para><b>Tiers</b></para>");
            w.Doc("<list type=\"bullet\">");
            foreach (var tier in p.Tiers)
            {
                w.Doc("<item><term>" + Names.Xml(tier.Id + " " + tier.Title) + "</term><description>" + Names.Xml(string.Join("; ", tier.Requirements)) + "</description></item>");
            }

            w.Doc("</list>");
        }

        List(w, "Hints", "number", p.Hints);
        w.Doc("<para><b>Palette:</b> " + Names.Xml(string.Join(", ", p.Palette)) + ".</para>");
        w.Doc("</summary>");
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"SystemDesign.Generators\", \"1.0.0\")]");
        w.Open("internal static partial class " + p.ClassName);
        Member(w, "The problem id, as <c>[Design]</c> names it.", "public const string Id = " + Names.Literal(p.Id) + ";", first: true);
        Member(w, "The problem's number in the catalog.", "public const int Number = " + p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";");
        Member(w, "The problem's title.", "public const string Title = " + Names.Literal(p.Title) + ";");
        Member(w, "The problem's category.", "public const string Category = " + Names.Literal(p.Category) + ";");
        Member(w, "The problem's difficulty; null where the catalog gives none.", "public const string? Difficulty = " + (p.Difficulty is null ? "null" : Names.Literal(p.Difficulty)) + ";");
        foreach (var c in p.Constants)
        {
            var type = c.Kind switch { ConstantKind.Number => "double", ConstantKind.Boolean => "bool", _ => "string" };
            Member(w, "<c>" + Names.Xml(c.Key) + "</c> = " + Names.Xml(c.Display) + " (a constant of the problem).", "public const " + type + " " + c.MemberName + " = " + c.Literal + ";");
        }

        w.Line();
        w.Doc("<summary>The problem's tiers, in order; each constant is the tier id that DesignGrader.AssertTier takes.</summary>");
        w.Open("public static class Tiers");
        var first = true;
        foreach (var tier in p.Tiers)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            w.Doc("<summary>" + Names.Xml(tier.Id + " " + tier.Title + ": " + string.Join("; ", tier.Requirements)) + "</summary>");
            w.Line("public const string " + tier.MemberName + " = " + Names.Literal(tier.Id) + ";");
        }

        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static void Member(SourceWriter w, string summary, string declaration, bool first = false)
    {
        if (!first)
        {
            w.Line();
        }

        w.Doc("<summary>" + summary + "</summary>");
        w.Line(declaration);
    }

    private static void Para(SourceWriter w, string label, string text)
    {
        if (text.Length > 0)
        {
            w.Doc("<para><b>" + label + ":</b> " + Names.Xml(text) + "</para>");
        }
    }

    private static void List(SourceWriter w, string label, string type, EquatableArray<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.Doc("<para><b>" + label + "</b></para>");
        w.Doc("<list type=\"" + type + "\">");
        foreach (var item in items)
        {
            w.Doc("<item><description>" + Names.Xml(item) + "</description></item>");
        }

        w.Doc("</list>");
    }
}
