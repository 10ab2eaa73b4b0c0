using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SystemDesign.Generators.Tests;

/// <summary>
/// The driver runs twice and after edits that do not change any design: every named step must be Cached or
/// Unchanged, so typing in a test project never re-reads the catalog or re-emits the tests.
/// </summary>
public sealed class IncrementalityTests
{
    private static readonly string[] StepNames =
        [.. typeof(TrackingNames).GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public).Select(f => (string)f.GetRawConstantValue()!)];

    private static readonly MetadataReference Library = Harness.Library("Lib", Sources.Library);

    [Fact]
    public void A_second_run_on_the_same_compilation_is_cached()
    {
        var (driver, compilation) = FirstRun();

        driver = driver.RunGenerators(compilation.Clone());

        AssertAllCached(driver);
    }

    [Fact]
    public void A_comment_in_another_file_leaves_every_step_cached()
    {
        var (driver, compilation) = FirstRun();
        var other = compilation.SyntaxTrees.Single(t => t.FilePath == "File1.cs");

        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(other, other.WithChangedText(SourceText.From(Sources.Unrelated + "\n// a comment\n"))));

        AssertAllCached(driver);
    }

    [Fact]
    public void Another_class_in_a_new_file_leaves_every_step_cached()
    {
        var (driver, compilation) = FirstRun();

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("/// <summary>New.</summary>\npublic sealed class Unrelated { }", Harness.ParseOptions)));

        AssertAllCached(driver);
    }

    [Fact]
    public void An_edit_inside_Describe_leaves_every_step_cached()
    {
        var (driver, compilation) = FirstRun();
        var design = compilation.SyntaxTrees.Single(t => t.FilePath == "File0.cs");

        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(design, design.WithChangedText(SourceText.From(Sources.Blog.Replace("Instances(8)", "Instances(9)", StringComparison.Ordinal)))));

        AssertAllCached(driver);
    }

    [Fact]
    public void Changing_the_problem_id_regenerates()
    {
        var (driver, compilation) = FirstRun();
        var design = compilation.SyntaxTrees.Single(t => t.FilePath == "File0.cs");

        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(design, design.WithChangedText(SourceText.From(Sources.Blog.Replace("tutorial-simple-blog", "basic-web-cache", StringComparison.Ordinal)))));

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.Contains(steps[TrackingNames.Grading].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(steps[TrackingNames.Problems].SelectMany(s => s.Outputs), o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
    }

    [Fact]
    public void No_step_output_holds_a_symbol_a_syntax_node_or_a_compilation()
    {
        var (driver, _) = FirstRun();

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        foreach (var name in StepNames)
        {
            foreach (var output in steps[name].SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    // A test project with a local design, another file, and a referenced library graded by attribute: every step runs.
    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun()
    {
        var compilation = Harness.Compilation([.. Harness.TestProject, Library], Sources.Blog, Sources.Unrelated, Sources.GradeLibrary);
        var driver = Harness.Driver().RunGenerators(compilation);
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.All(StepNames, name => Assert.True(steps.ContainsKey(name), $"step {name} did not run"));
        Assert.Equal(5, driver.GetRunResult().GeneratedTrees.Length);
        return (driver, compilation);
    }

    private static void AssertAllCached(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        var notCached = StepNames
            .SelectMany(name => result.TrackedSteps[name].SelectMany(s => s.Outputs).Select(o => (name, o.Reason)))
            .Concat(result.TrackedOutputSteps.SelectMany(kv => kv.Value.SelectMany(s => s.Outputs).Select(o => (name: kv.Key, o.Reason))))
            .Where(x => x.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Select(x => $"{x.name}: {x.Reason}")
            .ToArray();
        Assert.Empty(notCached);
        Assert.Equal(5, result.GeneratedSources.Length);
    }

    private static void AssertNoRoslynObjects(object? value, string step, HashSet<object> seen)
    {
        if (value is null or string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(
            value is ISymbol or SyntaxNode or Compilation or SemanticModel or Location or SyntaxTree,
            $"step {step} holds a {value.GetType().Name}");
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObjects(item, step, seen);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), step, seen);
        }
    }
}
