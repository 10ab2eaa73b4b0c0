using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace SystemDesign.Package.Tests;

/// <summary>
/// The reference designs as packages (docs/package.md, "Reference designs as packages"): a category packed from
/// samples/SystemDesign.Samples.Packages is installed into a fresh test project outside the repository, its designs
/// compile there as source under the packaged analyzers, and the generated grading tests pass under <c>dotnet test</c>.
/// </summary>
[Trait("Category", "Package")]
[Collection(SharedPackage.Name)]
public sealed class SamplePackageTests(PackageFixture package, ITestOutputHelper output)
{
    private const string Category = "Tutorial";

    private static readonly string PackProject =
        Path.Combine(PackageFixture.RepositoryRoot, "samples", "SystemDesign.Samples.Packages", "SystemDesign.Samples.Packages.csproj");

    [Fact]
    public void A_category_package_installs_as_source_and_its_designs_pass_every_generated_grading_test()
    {
        var pack = Log(Pack("-p:SampleCategory=" + Category));
        Assert.True(pack.ExitCode == 0, pack.Describe());
        var designs = Directory.GetFiles(Path.Combine(PackageFixture.RepositoryRoot, "samples", "SystemDesign.Samples", Category), "*.cs")
            .Select(Path.GetFileNameWithoutExtension)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(designs);

        var consumer = new Consumer(package, "samples-" + Category.ToLowerInvariant(), testProject: true, "SystemDesign.Samples." + Category);
        var test = Log(consumer.Test(Consumer.EveryTestByName));

        Assert.False(test.TimedOut, test.Describe());
        Assert.True(test.ExitCode == 0, test.Describe());
        Assert.Matches(@"Test Run Successful\.\s+Total tests: [1-9][0-9]*\s+Passed: [1-9]", test.Output);
        // Compiled under the packaged analyzers with no warning: the designs' own pragmas travel with them.
        Assert.DoesNotContain(": warning SD", test.Output, StringComparison.Ordinal);

        // Every design of the category is in the consumer's compilation and graded by name (the run lists each test).
        foreach (var design in designs)
        {
            Assert.Contains($"{design}: Design is valid [", test.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Packing_a_category_that_is_not_a_sample_folder_says_which_to_pass()
    {
        var pack = Log(Pack("-p:SampleCategory=Cachng"));

        Assert.NotEqual(0, pack.ExitCode);
        Assert.Contains("samples/SystemDesign.Samples has no folder 'Cachng'", pack.Output, StringComparison.Ordinal);
    }

    private CliResult Pack(string category) => DotNetCli.Run(
        package.Root,
        TimeSpan.FromMinutes(5),
        new Dictionary<string, string>(StringComparer.Ordinal),
        "pack", PackProject, "-c", PackageFixture.Configuration, "--no-build", category, "-o", package.Feed, "-nologo", "-tl:off", "-nodeReuse:false");

    private CliResult Log(CliResult result)
    {
        output.WriteLine(result.Describe());
        return result;
    }
}
