using System;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace SystemDesign.Package.Tests;

/// <summary>
/// A fresh test project outside the repository with <c>SystemDesign.Testing</c> (which brings <c>SystemDesign</c>) and
/// xunit grades its designs with <c>dotnet test</c>: the generator writes the grading tests from the packages alone,
/// a passing design passes every one, and a failing design fails with the grader's arithmetic.
/// </summary>
[Trait("Category", "Package")]
[Collection(SharedPackage.Name)]
public sealed partial class GradingConsumerTests(PackageFixture package, ITestOutputHelper output)
{
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
        var consumer = NewTestConsumer("grading-pass", appServers: 9);

        var test = Log(consumer.Test(Consumer.EveryTestByName));

        Assert.False(test.TimedOut, test.Describe());
        Assert.True(test.ExitCode == 0, test.Describe());
        // "Design is valid", the three tiers of tutorial-simple-blog and the five gates.
        Assert.Matches(@"Test Run Successful\.\s+Total tests: 9\s+Passed: 9\s", test.Output);

        // Each test names its design, so a CI log of many designs tells them apart (read off the run's own list).
        Assert.Contains("Passed Consumer.PersonalBlog: Design is valid [", test.Output, StringComparison.Ordinal);
        Assert.Contains("Passed Consumer.PersonalBlog: Capacity: 1,000 req/s within capacity [", test.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_design_fails_its_grading_tests_with_the_arithmetic()
    {
        // Two app servers are SD2001 errors; .editorconfig lowers every analyzer diagnostic to a warning so the tests can
        // run, as docs/package.md shows: the grade is the engine's and still fails, with its own message.
        var consumer = NewTestConsumer("grading-fail", appServers: 2);
        consumer.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.severity = warning\n");

        var test = Log(consumer.Test());

        Assert.False(test.TimedOut, test.Describe());
        Assert.True(test.ExitCode != 0, "a failing design must fail dotnet test" + Environment.NewLine + test.Describe());
        Assert.Contains("SD2001", test.Output, StringComparison.Ordinal);
        Assert.Contains("App Servers: 1,000 req/s offered, 2 × 150 = 300 req/s capacity", test.Output, StringComparison.Ordinal);
        Assert.Matches(@"Failed!\s+-\s+Failed:\s+[1-9]", test.Output);
    }

    private Consumer NewTestConsumer(string name, int appServers)
    {
        Assert.True(package.Package is not null, package.Pack.Describe());
        Assert.True(package.TestingPackage is not null, package.TestingPack.Describe());
        var consumer = new Consumer(package, name, testProject: true);
        consumer.Write("Design.cs", ConsumerBuildTests.Design(appServers));
        return consumer;
    }

    private CliResult Log(CliResult result)
    {
        output.WriteLine(result.Describe());
        return result;
    }

    [GeneratedRegex("<dependency id=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex DependencyId();
}
