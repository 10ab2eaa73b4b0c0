using System;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace SystemDesign.Package.Tests;

/// <summary>What the .nupkg holds: the API with its engine and catalog for the consumer's own code, and every
/// compiler extension next to the libraries it calls, since the compiler loads only what it is handed.</summary>
[Trait("Category", "Package")]
[Collection(SharedPackage.Name)]
public sealed class PackageLayoutTests(PackageFixture package)
{
    private static readonly string[] Libraries = ["SystemDesign.dll", "SystemDesign.Engine.dll", "SystemDesign.Catalog.dll"];

    private static readonly string[] CompilerExtensions = ["SystemDesign.Analyzers.dll", "SystemDesign.CodeFixes.dll", "SystemDesign.Generators.dll"];

    [Fact]
    public void Pack_produces_the_SystemDesign_package()
    {
        Assert.True(package.Pack.Succeeded, package.Pack.Describe());
        Assert.True(package.Package is not null, "no SystemDesign.*.nupkg in " + package.Feed + Environment.NewLine + package.Pack.Describe());
    }

    [Fact]
    public void Lib_holds_the_API_engine_and_catalog_for_netstandard2_0()
    {
        var entries = Entries();
        foreach (var library in Libraries)
        {
            Assert.Contains("lib/netstandard2.0/" + library, entries);
        }

        Assert.All(entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)), e => Assert.StartsWith("lib/netstandard2.0/", e, StringComparison.Ordinal));
    }

    [Fact]
    public void The_reports_are_in_lib_for_the_consumer_and_the_runner_but_never_handed_to_the_compiler()
    {
        var entries = Entries();
        Assert.Contains("lib/netstandard2.0/SystemDesign.Reports.dll", entries);
        Assert.Contains("lib/netstandard2.0/SystemDesign.Reports.xml", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) && e.Contains("Reports", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyzers_folder_holds_each_extension_next_to_the_libraries_it_calls()
    {
        var entries = Entries();
        foreach (var file in CompilerExtensions.Concat(Libraries))
        {
            Assert.Contains("analyzers/dotnet/cs/" + file, entries);
        }

        Assert.All(entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)), e => Assert.StartsWith("analyzers/dotnet/cs/SystemDesign.", e, StringComparison.Ordinal));
    }

    [Fact]
    public void No_System_Text_Json_and_no_package_dependencies()
    {
        var entries = Entries();
        Assert.DoesNotContain(entries, e => e.Contains("System.Text.Json", StringComparison.OrdinalIgnoreCase));

        var nuspec = Nuspec();
        var ns = nuspec.Root!.Name.Namespace;
        Assert.Empty(nuspec.Descendants(ns + "dependency"));
    }

    [Fact]
    public void Nuspec_has_id_version_license_readme_and_tags()
    {
        var metadata = Nuspec().Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? string.Empty;

        Assert.Equal(PackageFixture.PackageId, Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("analyzer", Value("tags").Split(' '));
        Assert.NotEmpty(Value("description"));
        Assert.Contains("README.md", Entries());
    }

    private string[] Entries()
    {
        Assert.True(package.Package is not null, package.Pack.Describe());
        using var zip = ZipFile.OpenRead(package.Package);
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    private XDocument Nuspec()
    {
        Assert.True(package.Package is not null, package.Pack.Describe());
        using var zip = ZipFile.OpenRead(package.Package);
        using var stream = zip.Entries.Single(e => e.FullName == PackageFixture.PackageId + ".nuspec").Open();
        return XDocument.Load(stream);
    }
}
