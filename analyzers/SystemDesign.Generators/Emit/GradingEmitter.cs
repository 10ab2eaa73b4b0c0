using SystemDesign.Generators.Models;

namespace SystemDesign.Generators.Emit;

/// <summary>Writes a design's <c>*_Grading</c> xunit class: one [Fact] per checklist line, each calling DesignGrader.</summary>
internal static class GradingEmitter
{
    private const string Grader = "global::SystemDesign.Testing.DesignGrader";

    public static string Emit(GradingModel model)
    {
        using var w = new SourceWriter();
        w.Header().Line();
        w.Open("namespace " + model.Namespace);
        w.Doc("<summary>");
        w.Doc("Grades <see cref=\"" + model.DesignType + "\"/> against <c>" + Names.Xml(model.ProblemId) + "</c> (" + Names.Xml(model.ProblemTitle) + "):");
        w.Doc("one test per tier and per quality gate, named after the problem's checklist. Add tests of your own in a partial class.");
        w.Doc("</summary>");
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"SystemDesign.Generators\", \"1.0.0\")]");
        w.Open("public sealed partial class " + model.ClassName);
        w.Line("private static readonly global::System.Type Design = typeof(" + model.DesignType + ");");
        w.Line("private readonly global::Xunit.Abstractions.ITestOutputHelper output;");
        w.Line();
        w.Doc("<summary>Creates the tests; xunit passes the output that receives the grader's report of passing checks.</summary>");
        w.Doc("<param name=\"output\">The test output.</param>");
        w.Open("public " + model.ClassName + "(global::Xunit.Abstractions.ITestOutputHelper output)");
        w.Line("this.output = output;");
        w.Close();
        foreach (var test in model.Tests)
        {
            w.Line();
            w.Doc("<summary>" + Names.Xml(test.Summary) + "</summary>");
            w.Line("[global::Xunit.Fact(DisplayName = " + Names.Literal(test.DisplayName) + ")]");
            w.Line("public void " + test.MethodName + "() => " + Call(test) + ";");
        }

        w.Close();
        w.Close();
        return w.ToString();
    }

    private static string Call(GradingTest test) => test.Kind switch
    {
        GradingTestKind.Tier => Grader + ".AssertTier(Design, " + Names.Literal(test.Argument) + ", this.output)",
        GradingTestKind.Gate => Grader + ".AssertGate(Design, global::SystemDesign.Engine.Results.Gate." + test.Argument + ", this.output)",
        _ => Grader + ".AssertDesignValid(Design, this.output)",
    };
}
