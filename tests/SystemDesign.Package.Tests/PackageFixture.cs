using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SystemDesign.Package.Tests;

/// <summary>
/// Packs src/SystemDesign.Package, SystemDesign.Testing, SystemDesign.Cli and SystemDesign.Templates once per test run into a fresh temporary
/// feed, with one <c>dotnet pack</c> of a solution listing the four (one process and one evaluation of the projects they
/// share, not four). The test project references the packed projects (build order only), so they are already built in
/// this configuration and the pack does not build.
/// Consumers restore into a global packages folder of their own, so the package they get is always this one.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public const string PackageId = "SystemDesign";

    /// <summary>The companion package that grades designs under <c>dotnet test</c>.</summary>
    public const string TestingPackageId = "SystemDesign.Testing";

    /// <summary>The dotnet tool package of the <c>sysdesign</c> command.</summary>
    public const string ToolPackageId = "SystemDesign.Cli";

    /// <summary>The <c>dotnet new sysdesign</c> template package.</summary>
    public const string TemplatesPackageId = "SystemDesign.Templates";

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);

    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "sd-package-tests", Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(PackagesFolder);

        Pack = TestingPack = ToolPack = TemplatesPack = PackProjects("SystemDesign.Package", "SystemDesign.Testing", "SystemDesign.Cli", "SystemDesign.Templates");
        Package = NupkgOf(PackageId);
        TestingPackage = NupkgOf(TestingPackageId);
        ToolPackage = NupkgOf(ToolPackageId);
        TemplatesPackage = NupkgOf(TemplatesPackageId);
    }

    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    /// <summary>The test project's own configuration: the package project was built in it.</summary>
    public static string Configuration { get; } = Metadata("Configuration");

    /// <summary>The temporary folder of this run: feed, packages folder, consumers.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string PackagesFolder { get; }

    /// <summary>The pack that produced <see cref="Package"/> (the same run packed the other three).</summary>
    public CliResult Pack { get; }

    public CliResult TestingPack { get; }

    public CliResult ToolPack { get; }

    public CliResult TemplatesPack { get; }

    /// <summary>The .nupkg path, or null when pack produced none (see <see cref="Pack"/>).</summary>
    public string? Package { get; }

    /// <summary>The SystemDesign.Testing .nupkg path, or null when pack produced none (see <see cref="TestingPack"/>).</summary>
    public string? TestingPackage { get; }

    /// <summary>The SystemDesign.Cli .nupkg path, or null when pack produced none (see <see cref="ToolPack"/>).</summary>
    public string? ToolPackage { get; }

    /// <summary>The SystemDesign.Templates .nupkg path, or null when pack produced none (see <see cref="TemplatesPack"/>).</summary>
    public string? TemplatesPackage { get; }

    /// <summary>The built <c>sysdesign.dll</c> of this configuration (the tool the packages were packed with).</summary>
    public static string SysdesignDll => Path.Combine(RepositoryRoot, "src", "SystemDesign.Cli", "bin", Configuration, "net10.0", "sysdesign.dll");

    /// <summary>The version in the .nupkg file name, e.g. 0.1.0.</summary>
    public string Version =>
        Path.GetFileNameWithoutExtension(Package ?? throw new InvalidOperationException("No package was produced."))[(PackageId.Length + 1)..];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    // A solution's pack takes no -o (NETSDK1194): the feed is each project's PackageOutputPath.
    private CliResult PackProjects(params string[] names)
    {
        var solution = Path.Combine(Root, "pack.slnx");
        File.WriteAllText(solution, new System.Xml.Linq.XElement(
            "Solution",
            names.Select(name => new System.Xml.Linq.XElement("Project", new System.Xml.Linq.XAttribute("Path", Path.Combine(RepositoryRoot, "src", name, name + ".csproj"))))).ToString());
        return DotNetCli.Run(
            Root,
            PackTimeout,
            new Dictionary<string, string>(StringComparer.Ordinal),
            "pack", solution, "-c", Configuration, "--no-build", "-p:PackageOutputPath=" + Feed, "-nologo", "-tl:off", "-nodeReuse:false");
    }

    // "SystemDesign.0.1.0.nupkg" but not "SystemDesign.Testing.0.1.0.nupkg": the id is followed by the version's digit.
    private string? NupkgOf(string id) =>
        Directory.GetFiles(Feed, id + ".*.nupkg")
            .SingleOrDefault(p => Path.GetFileName(p) is var name && char.IsDigit(name[id.Length + 1]) && !name.EndsWith(".symbols.nupkg", StringComparison.Ordinal));

    private static string Metadata(string key) =>
        typeof(PackageFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
