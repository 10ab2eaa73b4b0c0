using System.Linq;
using CsCheck;
using Xunit.Abstractions;
using SystemDesign.TestSupport;

namespace SystemDesign.Generators.Tests;

/// <summary>
/// Every shape of design class the compiler accepts: the generator runs without an exception or a diagnostic, and the
/// project with its output compiles without a warning. Designs it cannot reach from generated code (file-local,
/// private, generic) are left ungraded by the generator and graded through DesignGrader by hand.
/// </summary>
public sealed class DesignShapeTests
{
    private const string Body = """
        /// <inheritdoc />
        public void Describe(global::SystemDesign.ArchitectureBuilder a) => a.App("App").Instances(2);
        """;

    public static TheoryData<string, string[]> Shapes => new()
    {
        { "nested class", [Wrap("namespace N { /// <summary>Outer.</summary>\npublic static class Outer { " + Design("public sealed class Blog") + " } }")] },
        { "file-local class", [Wrap("namespace N { " + Design("file sealed class Blog") + " }")] },
        { "record", [Wrap("namespace N { " + Design("public sealed record Blog") + " }")] },
        { "partial class across files", [Wrap("namespace N { " + Design("public sealed partial class Blog", body: "") + " }"), Wrap("namespace N { public sealed partial class Blog { " + Body + " } }")] },
        { "namespace SystemDesign.Problems", [Wrap("namespace SystemDesign.Problems { " + Design("public sealed class TutorialSimpleBlog") + " }")] },
        { "namespace ending in SystemDesign", [Wrap("namespace Contoso.SystemDesign { " + Design("public sealed class Blog") + " }")] },
        { "keyword namespace", [Wrap("namespace @class.@namespace { " + Design("public sealed class @record") + " }")] },
        { "same class name in two namespaces", [Wrap("namespace A { " + Design("public sealed class Blog") + " }"), Wrap("namespace B { " + Design("public sealed class Blog") + " }")] },
        { "namespaces differing in case", [Wrap("namespace Contoso { " + Design("public sealed class Blog") + " }"), Wrap("namespace contoso { " + Design("public sealed class Blog") + " }")] },
        { "nested and underscored twins", [Wrap("namespace N { /// <summary>Outer.</summary>\npublic static class Outer { " + Design("public sealed class Blog") + " } " + Design("public sealed class Outer_Blog") + " }")] },
        { "generic containing type", [Wrap("namespace N { /// <summary>Outer.</summary>\npublic static class Outer<T> { " + Design("public sealed class Blog") + " } }")] },
        { "global namespace", [Wrap(Design("public sealed class Blog"))] },
        { "non-ASCII and connector identifiers", [Wrap("namespace Café.Ünits { " + Design("public sealed class Blög‿2") + " " + Design("public sealed class Blög_2") + " }")] },
        { "a type named Grading beside the design", [Wrap("namespace N { " + Design("public sealed class Blog") + " /// <summary>Mine.</summary>\npublic static class Grading { } }")] },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_generator_runs_clean_and_its_output_compiles(string shape, string[] sources)
    {
        var compilation = Harness.Compilation(Harness.TestProject, sources);
        Assert.True(Harness.Problems(compilation).Length == 0 || Harness.Problems(compilation).All(p => p.Contains("CS1591", System.StringComparison.Ordinal)), shape + ": the source itself: " + string.Join("\n", Harness.Problems(compilation)));

        var (_, output) = Harness.Run(compilation);

        Assert.True(Harness.Problems(output).Length == 0, shape + ":\n" + string.Join("\n", Harness.Problems(output)));
    }

    private readonly ITestOutputHelper output;

    public DesignShapeTests(ITestOutputHelper output) => this.output = output;

    /// <summary>
    /// Seeded fuzz: random namespaces (keywords, case twins, SystemDesign.Problems, the global namespace), nesting,
    /// modifiers and class names, several designs in one compilation; the generator must run clean and its output compile.
    /// </summary>
    [Fact]
    public void Seeded_fuzz_of_design_shapes_in_one_compilation()
    {
        var namespaces = Gen.OneOf("", "A", "a", "A.B", "@class", "@class.@event", "SystemDesign.Problems", "SystemDesign", "Contoso.SystemDesign.Problems", "Grading", "A.Grading");
        var names = Gen.OneOf("Blog", "blog", "@class", "TutorialSimpleBlog", "Outer_Blog", "Grading", "Design_Grading");
        var kinds = Gen.OneOf("class", "record", "partial class", "file class");
        var nesting = Gen.OneOf("", "Outer", "Outer2");
        var designs = Gen.Select(namespaces, names, kinds, nesting);
        var cases = Seeded.Samples(designs.Array[2, 6], seed: 20_261_205, count: 24).ToList();

        var results = cases.Select((c, i) => (Case: i, Problems: Check(c))).ToArray();
        var failures = results.Where(x => x.Problems is { Length: > 0 }).ToArray();
        var generated = results.Count(x => x.Problems is { Length: 0 });
        output.WriteLine($"{cases.Count} compilations, {generated} the compiler accepts, {failures.Length} failures");

        Assert.True(failures.Length == 0, string.Join("\n\n", failures.Take(3).Select(f => "case " + f.Case + ":\n" + f.Problems)));
        Assert.True(generated >= cases.Count / 2, "most cases should be designs the compiler accepts: " + generated);
    }

    /// <summary>Null when the compiler rejects the sources themselves; empty when the generator ran clean and its output compiles.</summary>
    private static string? Check((string Namespace, string Name, string Kind, string Outer)[] designs)
    {
        var sources = designs.Select((d, i) =>
        {
            var modifiers = d.Kind == "file class" ? "file sealed class" : "public sealed " + d.Kind;
            var design = Design(modifiers + " " + d.Name);
            var nested = d.Outer.Length == 0 || d.Kind == "file class" ? design : "/// <summary>Outer.</summary>\npublic static partial class " + d.Outer + " { " + design + " }";
            return Wrap(d.Namespace.Length == 0 ? nested : "namespace " + d.Namespace + " { " + nested + " }");
        }).ToArray();
        var compilation = Harness.Compilation(Harness.TestProject, sources);
        if (compilation.GetDiagnostics().Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
        {
            return null; // two designs the compiler itself rejects together (the same full name twice): not the generator's case
        }

        var driver = Harness.Driver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var exception = driver.GetRunResult().Results.Single().Exception;
        var problems = diagnostics.Select(d => d.ToString()).Concat(Harness.Problems(output).Where(p => !p.Contains("CS1591", System.StringComparison.Ordinal))).ToArray();
        return exception is null && problems.Length == 0 ? string.Empty : string.Join("\n", sources) + "\n→ " + exception + string.Join("\n", problems);
    }

    private static string Design(string declaration, string body = Body) =>
        "/// <summary>A design.</summary>\n[global::SystemDesign.Design(\"tutorial-simple-blog\")] " + declaration + " : global::SystemDesign.IDesign { " + body + " }";

    private static string Wrap(string code) => "#pragma warning disable CS1591\n" + code;
}
