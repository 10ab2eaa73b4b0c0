using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SystemDesign.Package.Tests;

/// <summary>
/// A fresh net10.0 class library outside the repository that consumes the packed <c>SystemDesign</c> package the way a
/// user would: a PackageReference, its own nuget.config (the temporary feed for SystemDesign, the repository's
/// upstream sources for anything else) and its own global packages folder.
/// </summary>
internal sealed partial class Consumer
{
    public const string ProjectName = "Consumer";

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private readonly PackageFixture package;

    public Consumer(PackageFixture package, string name, bool testProject = false, params string[] morePackages)
    {
        this.package = package;
        Directory = Path.Combine(package.Root, name);
        System.IO.Directory.CreateDirectory(Directory);

        // Stop MSBuild's upward search for Directory.Build.* and Directory.Packages.props at this folder.
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Directory, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Directory, "nuget.config"), NuGetConfig(package.Feed));
        File.WriteAllText(Path.Combine(Directory, ProjectName + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                {(testProject ? TestPackages(package.Version) : $"<PackageReference Include=\"{PackageFixture.PackageId}\" Version=\"[{package.Version}]\" />")}
                {string.Concat(morePackages.Select(id => $"<PackageReference Include=\"{id}\" Version=\"[{package.Version}]\" />"))}
              </ItemGroup>
            </Project>
            """);
    }

    /// <summary>
    /// Test logger arguments that print one "Passed &lt;name&gt; [time]" line per test and the totals: a run's output then
    /// names every test, with no second process to list them.
    /// </summary>
    public static readonly string[] EveryTestByName = ["--logger", "console;verbosity=normal"];

    /// <summary>Runs <c>dotnet test</c> on the consumer with <paramref name="arguments"/> (e.g. <see cref="EveryTestByName"/>).</summary>
    public CliResult Test(params string[] arguments) => DotNetCli.Run(
        Directory,
        BuildTimeout,
        new Dictionary<string, string>(StringComparer.Ordinal) { ["NUGET_PACKAGES"] = package.PackagesFolder },
        ["test", ProjectName + ".csproj", "-c", "Debug", "-nologo", "-tl:off", "-nodeReuse:false", .. arguments]);

    // A grading test project as docs/package.md shows it: SystemDesign.Testing alone (it brings SystemDesign, whose
    // generator writes the tests) and xunit, at the versions this repository pins (Directory.Packages.props).
    private static string TestPackages(string version)
    {
        var pinned = XDocument.Load(Path.Combine(PackageFixture.RepositoryRoot, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!, StringComparer.Ordinal);
        return string.Join(
            "\n    ",
            $"<PackageReference Include=\"{PackageFixture.TestingPackageId}\" Version=\"[{version}]\" />",
            $"<PackageReference Include=\"Microsoft.NET.Test.Sdk\" Version=\"{pinned["Microsoft.NET.Test.Sdk"]}\" />",
            $"<PackageReference Include=\"xunit\" Version=\"{pinned["xunit"]}\" />",
            $"<PackageReference Include=\"xunit.runner.visualstudio\" Version=\"{pinned["xunit.runner.visualstudio"]}\" />");
    }

    public string Directory { get; }

    public string OutputDirectory => Path.Combine(Directory, "bin", "Debug", "net10.0");

    public string GeneratedDirectory => Path.Combine(Directory, "obj", "Debug", "net10.0", "generated");

    public void Write(string fileName, string source) => File.WriteAllText(Path.Combine(Directory, fileName), source);

    public CliResult Build(bool restore = true)
    {
        var arguments = new List<string> { "build", ProjectName + ".csproj", "-c", "Debug", "-nologo", "-tl:off", "-nodeReuse:false", "-v:m" };
        if (!restore)
        {
            arguments.Add("--no-restore");
        }

        return DotNetCli.Run(
            Directory,
            BuildTimeout,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["NUGET_PACKAGES"] = package.PackagesFolder },
            [.. arguments]);
    }

    /// <summary>Distinct compiler diagnostics in a build's output, e.g. ("error", "SD2001", "Design.cs(12,44): error SD2001: ...").</summary>
    public static IReadOnlyList<(string Severity, string Id, string Line)> Diagnostics(CliResult build) =>
        build.Output.Split('\n')
            .Select(l => l.TrimEnd('\r').Trim())
            .Select(l => (Line: l, Match: DiagnosticLine().Match(l)))
            .Where(x => x.Match.Success)
            .Select(x => (x.Match.Groups["severity"].Value, x.Match.Groups["id"].Value, StripProject(x.Line)))
            .Distinct()
            .ToList();

    // The upstream sources are the repository's own; package source mapping sends SystemDesign to the temporary feed
    // only, so a package of the same name upstream can never be picked instead of the one just packed.
    internal static string NuGetConfig(string feed)
    {
        var upstream = UpstreamSources();
        var sources = new XElement("packageSources", new XElement("clear"), new XElement("add", new XAttribute("key", "systemdesign-local"), new XAttribute("value", feed)));
        var mapping = new XElement(
            "packageSourceMapping",
            new XElement(
                "packageSource",
                new XAttribute("key", "systemdesign-local"),
                new XElement("package", new XAttribute("pattern", PackageFixture.PackageId)),
                new XElement("package", new XAttribute("pattern", PackageFixture.PackageId + ".*"))));
        foreach (var source in upstream)
        {
            sources.Add(new XElement(source));
            mapping.Add(new XElement("packageSource", new XAttribute("key", (string)source.Attribute("key")!), new XElement("package", new XAttribute("pattern", "*"))));
        }

        return new XDocument(new XElement("configuration", sources, mapping)).ToString() + "\n";
    }

    /// <summary>
    /// The repository's upstream sources alone, with no source mapping: <c>dotnet tool install --add-source</c> refuses
    /// to combine with a mapping, so the tool's feed comes from the command line the way docs/cli.md shows it.
    /// </summary>
    public static string UpstreamNuGetConfig() =>
        new XDocument(new XElement("configuration", new XElement("packageSources", new XElement("clear"), UpstreamSources()))).ToString() + "\n";

    private static List<XElement> UpstreamSources() =>
        XDocument.Load(Path.Combine(PackageFixture.RepositoryRoot, "nuget.config")).Root!.Element("packageSources")!.Elements("add")
            .Select(source => new XElement(source))
            .ToList();

    private static string StripProject(string line)
    {
        var bracket = line.LastIndexOf(" [", StringComparison.Ordinal);
        return bracket > 0 && line.EndsWith(']') ? line[..bracket] : line;
    }

    [GeneratedRegex(@": (?<severity>error|warning|info) (?<id>[A-Z]+[0-9]+):", RegexOptions.CultureInvariant)]
    private static partial Regex DiagnosticLine();
}
