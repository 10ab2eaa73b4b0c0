using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SystemDesign.Cli;

/// <summary>
/// The files of a scaffolded problem folder besides the design's source: the solution, the design project, the grading
/// test project and the <c>.editorconfig</c> (docs/cli.md, "new").
/// </summary>
internal sealed class ScaffoldFiles
{
    private readonly string name;
    private readonly string? apiProject;

    /// <param name="name">The design's type name, also the design project's; the tests are <c>&lt;name&gt;.Tests</c>.</param>
    /// <param name="apiProject">SystemDesign.csproj of a clone (--api-project), or null to reference the packages.</param>
    public ScaffoldFiles(string name, string? apiProject)
    {
        this.name = name;
        this.apiProject = apiProject;
    }

    public string DesignFolder => name;

    public string TestsFolder => name + ".Tests";

    /// <summary>Every file to write (path relative to the output folder, text), the design's source excepted.</summary>
    public IEnumerable<(string Path, string Text)> Files(string designSource)
    {
        yield return (name + ".slnx", Solution());
        yield return (".editorconfig", EditorConfig);
        yield return (Path.Combine(DesignFolder, name + ".csproj"), DesignProject());
        yield return (Path.Combine(DesignFolder, name + ".cs"), designSource);
        yield return (Path.Combine(TestsFolder, TestsFolder + ".csproj"), TestsProject());
        yield return (Path.Combine(TestsFolder, "Grading.cs"), Grading());
    }

    // Until the design meets its tiers the analyzers' findings would be compile errors; as warnings the starter builds,
    // every finding still shows in the IDE and in `dotnet build`, and `dotnet test` shows the grade as failing tests.
    private const string EditorConfig = """
        root = true

        [*.cs]
        # SystemDesign findings are warnings while you work, so the starter builds and `dotnet test` shows the grade.
        # Delete this line to make a failing grade a compile error (the default). `sysdesign grade` reports the
        # engine's own severities either way.
        dotnet_analyzer_diagnostic.severity = warning

        """;

    private string Solution() => $"""
        <Solution>
          <Project Path="{DesignFolder}/{name}.csproj" />
          <Project Path="{TestsFolder}/{TestsFolder}.csproj" />
        </Solution>

        """;

    // The package brings the analyzers with the API; from a clone they are a project of their own, referenced as
    // samples/SystemDesign.Samples does, or the design would get no SD squiggles and no findings in `dotnet build`.
    private string DesignProject() => Project(
        properties: string.Empty,
        apiProject is null
            ? [$"""<PackageReference Include="SystemDesign" Version="{PackageVersion}" />"""]
            : [$"""<ProjectReference Include="{apiProject}" />""", CloneAnalyzer(apiProject, "SystemDesign.Analyzers")]);

    // A package user's grading project (docs/package.md): SystemDesign.Testing brings SystemDesign, whose generator
    // writes one test per tier and gate of every design named by Grading.cs. From a clone, the same parts as projects.
    private string TestsProject() => Project(
        properties: """

                <IsPackable>false</IsPackable>
            """,
        [
            .. apiProject is null
                ? [$"""<PackageReference Include="SystemDesign.Testing" Version="{PackageVersion}" />"""]
                : CloneProjects(apiProject),
            .. TestPackages.Select(p => $"""<PackageReference Include="{p.Id}" Version="{p.Version}" />"""),
            $"""<ProjectReference Include="../{DesignFolder}/{name}.csproj" />""",
        ]);

    private string Grading() => $"""
        // The SystemDesign generator writes one grading test per tier and quality gate of every [Design] class in the
        // design project, named after the design: `dotnet test` grades them, `dotnet test --list-tests` lists them.
        [assembly: SystemDesign.Testing.GradeDesignsInAssemblyOf(typeof(Designs.{name}))]

        """;

    private static string Project(string properties, IEnumerable<string> items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>{properties}
          </PropertyGroup>
          <ItemGroup>
        {string.Join("\n", items.Select(i => "    " + i))}
          </ItemGroup>
        </Project>

        """;

    // In a clone, SystemDesign.Testing compiles against the API, engine and reports privately (they ship in the
    // SystemDesign package), so the tests reference them too, and the generator as an analyzer, as
    // tests/SystemDesign.Samples.Tests does.
    private static IEnumerable<string> CloneProjects(string apiProject)
    {
        var src = Path.GetDirectoryName(Path.GetDirectoryName(apiProject))!;
        string Project(string folder, string name) => Path.Combine(src, folder, name + ".csproj");
        yield return $"""<ProjectReference Include="{apiProject}" />""";
        yield return $"""<ProjectReference Include="{Project("SystemDesign.Engine", "SystemDesign.Engine")}" />""";
        yield return $"""<ProjectReference Include="{Project("SystemDesign.Reports", "SystemDesign.Reports")}" />""";
        yield return $"""<ProjectReference Include="{Project("SystemDesign.Testing", "SystemDesign.Testing")}" />""";
        yield return CloneAnalyzer(apiProject, "SystemDesign.Generators");
    }

    /// <summary>A clone's compiler extension (analyzers/&lt;name&gt;) as an analyzer reference, beside the API's src/.</summary>
    private static string CloneAnalyzer(string apiProject, string name)
    {
        var repository = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(apiProject)))!;
        return $"""<ProjectReference Include="{Path.Combine(repository, "analyzers", name, name + ".csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />""";
    }

    /// <summary>The version of the SystemDesign packages: this tool's own (they are versioned together).</summary>
    public static string PackageVersion { get; } =
        typeof(ScaffoldFiles).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.1.0";

    /// <summary>
    /// The test packages and the versions this repository pins in Directory.Packages.props, embedded at build time
    /// (SystemDesign.Cli.csproj, "ScaffoldPackage:" metadata), so the scaffold never drifts from what is tested.
    /// </summary>
    public static IReadOnlyList<(string Id, string Version)> TestPackages { get; } = typeof(ScaffoldFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Where(a => a.Key.StartsWith(ScaffoldPackagePrefix, StringComparison.Ordinal) && a.Value is { Length: > 0 })
        .Select(a => (a.Key[ScaffoldPackagePrefix.Length..], a.Value!))
        .OrderBy(p => p.Item1, StringComparer.Ordinal)
        .ToList();

    private const string ScaffoldPackagePrefix = "ScaffoldPackage:";
}
