using System;
using System.Linq;

namespace SystemDesign.Generators.Tests;

/// <summary>
/// The generator scans a referenced assembly's namespaces and nested types with an explicit stack (issue 14): a design
/// however deeply nested is found, and the depth never reaches the compiler's stack.
/// </summary>
public sealed class DeepNamespaceTests
{
    [Fact]
    public void A_design_nested_300_classes_deep_in_a_100_part_namespace_of_a_referenced_library_is_graded()
    {
        // Metadata caps a full name at 1,024 characters, so depth comes from nested types under a long namespace.
        const int depth = 300;
        var ns = string.Join(".", Enumerable.Range(0, 100).Select(i => "N" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var names = Enumerable.Range(0, depth).Select(i => i % 2 == 0 ? "A" : "B").ToArray(); // a nested type cannot share its parent's name
        var open = string.Concat(names.Select(n => "public static class " + n + " {\n"));
        var close = new string('}', depth);
        var design = "[Design(\"tutorial-simple-blog\")] public sealed class Blog : IDesign { public void Describe(ArchitectureBuilder a) => a.App(\"App\"); }\n";
        var library = Harness.Library("Deep", "#pragma warning disable CS1591\nusing SystemDesign;\nnamespace " + ns + "\n{\n" + open + design + close + "\n}\n");
        var path = ns + "." + string.Join(".", names) + ".Blog";

        var (result, _) = Harness.Run(Harness.Compilation([.. Harness.TestProject, library], "[assembly: SystemDesign.Testing.GradeDesignsInAssemblyOf(typeof(" + path + "))]"));

        Assert.Contains(result.GeneratedSources, s => s.HintName.EndsWith("_Blog_Grading.g.cs", StringComparison.Ordinal));
    }
}
