using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace SystemDesign.Package.Tests;

/// <summary>
/// A fresh test project outside the repository with <c>SystemDesign.Testing</c> (which brings <c>SystemDesign</c>) and
/// xunit grades its designs with <c>dotnet test</c>: the generator writes the grading tests from the packages alone,
/// a passing design passes every one, and a failing design beside it fails with the grader's arithmetic.
/// </summary>
[Trait("Category", "Package")]
[Collection(SharedPackage.Name)]
public sealed partial class GradingConsumerTests(PackageFixture package, ITestOutputHelper output)
{
    private static readonly ConditionalWeakTable<PackageFixture, Lazy<CliResult>> Runs = new();

    [Fact]
    public void The_testing_package_depends_only_on_packages_that_exist()
    {
        Assert.True(package.TestingPackage is not null, package.TestingPack.Describe());
        using var zip = System.IO.Compression.ZipFile.OpenRead(package.TestingPackage);
        using var nuspec = new System.IO.StreamReader(zip.GetEntry(PackageFixture.TestingPackageId + ".nuspec")!.Open());
        var dependencies = DependencyId().Matches(nuspec.ReadToEnd()).Select(m => m.Groups[1].Value).OrderBy(x => x, StringComparer.Ordinal);

        // SystemDesign is the sibling package; xunit's two libraries are on nuget.org. No SystemDesign.Engine (NU1101).
        Assert.Equal(new[] { PackageFixture.PackageId, "xunit.assert", "xunit.extensibility.core" }, dependencies);
    }

    [Fact]
    public void A_passing_design_passes_every_generated_grading_test()
    {
        var test = Run();

        Assert.False(test.TimedOut, test.Describe());
        // "Design is valid", the three tiers of tutorial-simple-blog and the five gates, each passed; none failed. That the
        // whole run then succeeds (exit 0, "Test Run Successful") is SamplePackageTests' consumer, whose every test passes.
        Assert.True(PassedLine().Count(test.Output) == 9, "PersonalBlog has 9 generated tests, each passed" + Environment.NewLine + test.Describe());
        Assert.DoesNotContain("Failed Consumer.PersonalBlog:", test.Output, StringComparison.Ordinal);

        // Each test names its design, so a CI log of many designs tells them apart (read off the run's own list).
        Assert.Contains("Passed Consumer.PersonalBlog: Design is valid [", test.Output, StringComparison.Ordinal);
        Assert.Contains("Passed Consumer.PersonalBlog: Capacity: 1,000 req/s within capacity [", test.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_design_fails_its_grading_tests_with_the_arithmetic()
    {
        var test = Run();

        Assert.False(test.TimedOut, test.Describe());
        Assert.True(test.ExitCode != 0, "a failing design must fail dotnet test" + Environment.NewLine + test.Describe());
        Assert.Contains("SD2001", test.Output, StringComparison.Ordinal);
        Assert.Contains("Failed Consumer.OverloadedBlog: ", test.Output, StringComparison.Ordinal);
        Assert.Contains("App Servers: 1,000 req/s offered, 2 × 150 = 300 req/s capacity", test.Output, StringComparison.Ordinal);
        // The normal-verbosity summary, a line at a time: "Test Run Failed." goes to stderr and the totals to stdout, and
        // the two streams reach us merged with no order between them, so the line can fall anywhere among the totals
        // (it once came between "Passed:" and "Failed:").
        Assert.Contains("Test Run Failed.", test.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s*Total tests: [0-9]+\s*$", test.Output);
        Assert.Matches(@"(?m)^\s*Passed: [0-9]+\s*$", test.Output);
        Assert.Matches(@"(?m)^\s*Failed: [1-9][0-9]*\s*$", test.Output);
    }

    // One consumer holds both designs and runs `dotnet test` once for the two facts: each design's generated tests pass
    // or fail on their own, so one restore, build and test run shows both, where two consumers each paid for their own.
    // Two app servers are SD2001 errors; .editorconfig lowers every analyzer diagnostic to a warning so the tests can
    // run, as docs/package.md shows: the grade is the engine's and still fails, with its own message.
    private CliResult Run()
    {
        var test = Runs.GetValue(package, _ => new Lazy<CliResult>(() =>
        {
            Assert.True(package.Package is not null, package.Pack.Describe());
            Assert.True(package.TestingPackage is not null, package.TestingPack.Describe());
            var consumer = new Consumer(package, "grading", testProject: true);
            consumer.Write("Design.cs", ConsumerBuildTests.Design(appServers: 9));
            consumer.Write("Overloaded.cs", ConsumerBuildTests.Design(appServers: 2).Replace("class PersonalBlog", "class OverloadedBlog", StringComparison.Ordinal));
            consumer.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.severity = warning\n");
            return consumer.Test(Consumer.EveryTestByName);
        })).Value;
        output.WriteLine(test.Describe());
        return test;
    }

    [GeneratedRegex(@"^\s*Passed Consumer\.PersonalBlog: ", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex PassedLine();

    [GeneratedRegex("<dependency id=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex DependencyId();
}
