using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Xunit.Abstractions;

namespace SystemDesign.Package.Tests;

/// <summary>
/// A fresh project that only has <c>&lt;PackageReference Include="SystemDesign" /&gt;</c> is graded by the real compiler:
/// the packaged analyzers report SD2001 and SD1002 for two app servers where tutorial-simple-blog needs eight, nothing
/// fails to load (no AD0001, CS8032, CS8784/CS8785 or missing SystemDesign.Engine/Catalog), and the generated
/// <c>SystemDesign.Problems.TutorialSimpleBlog</c> compiles and is usable once the design is fixed.
/// </summary>
[Trait("Category", "Package")]
[Collection(SharedPackage.Name)]
public sealed class ConsumerBuildTests(PackageFixture package, ITestOutputHelper output)
{
    // Signs that the compiler could not load or run something from the package.
    private static readonly string[] LoadFailures =
    [
        "AD0001", "CS8032", "CS8784", "CS8785", "CS9057", "FileNotFoundException", "FileLoadException",
        "Could not load file or assembly 'SystemDesign", "TypeLoadException", "ReflectionTypeLoadException",
    ];

    // Uses the generated class, so the build fails (CS0234) if the generator produced nothing.
    private const string ProblemInfo = """
        namespace Consumer;

        /// <summary>Generated constants of the design's problem.</summary>
        public static class ProblemInfo
        {
            /// <summary>The problem id.</summary>
            public const string Id = SystemDesign.Problems.TutorialSimpleBlog.Id;

            /// <summary>The problem number.</summary>
            public const int Number = SystemDesign.Problems.TutorialSimpleBlog.Number;
        }

        """;

    [Fact]
    public void Overloaded_design_fails_the_build_with_SD2001_and_SD1002_from_the_package()
    {
        var consumer = NewConsumer("overloaded", appServers: 2);

        var build = Log(consumer.Build());

        Assert.False(build.TimedOut, build.Describe());
        AssertNoLoadFailures(build);
        var diagnostics = Consumer.Diagnostics(build);
        Assert.Contains(diagnostics, d => d is { Severity: "error", Id: "SD2001" } && d.Line.Contains("Design.cs(14,", StringComparison.Ordinal) && d.Line.Contains("App Servers", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d is { Severity: "error", Id: "SD1002" });
        Assert.All(diagnostics.Where(d => d.Severity == "error"), d => Assert.StartsWith("SD", d.Id, StringComparison.Ordinal));
        Assert.True(build.ExitCode != 0, "SD2001 is an error, so the build must fail." + Environment.NewLine + build.Describe());
    }

    [Fact]
    public void Fixed_design_builds_and_the_generated_problem_class_is_usable()
    {
        var consumer = NewConsumer("fixed", appServers: 8);

        var build = Log(consumer.Build());

        Assert.True(build.Succeeded, build.Describe());
        AssertNoLoadFailures(build);
        Assert.DoesNotContain(Consumer.Diagnostics(build), d => d.Id is "SD2001" or "SD1002");

        // The generator's output, and the constant compiled from it into the consumer's own assembly.
        var generated = Directory.Exists(consumer.GeneratedDirectory)
            ? Directory.GetFiles(consumer.GeneratedDirectory, "*.cs", SearchOption.AllDirectories)
            : [];
        Assert.Contains(generated, f => f.Contains("SystemDesign.Generators", StringComparison.Ordinal) && Path.GetFileName(f).Contains("TutorialSimpleBlog", StringComparison.Ordinal));
        Assert.Equal("tutorial-simple-blog", ReadConstant(Path.Combine(consumer.OutputDirectory, Consumer.ProjectName + ".dll"), "Consumer.ProblemInfo", "Id"));

        // NuGet resolves lib/netstandard2.0 for net10.0: the API, engine, catalog and reports are compile references, with no dependency.
        var library = LockFileLibrary(consumer);
        var compile = library.GetProperty("compile").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["lib/netstandard2.0/SystemDesign.Catalog.dll", "lib/netstandard2.0/SystemDesign.Engine.dll", "lib/netstandard2.0/SystemDesign.Reports.dll", "lib/netstandard2.0/SystemDesign.dll"], compile.Order(StringComparer.Ordinal));
        Assert.False(library.TryGetProperty("dependencies", out _), "the package must have no dependencies");
    }

    // Line 14 is the App Servers line, where SD2001 and SD1002 point.
    internal static string Design(int appServers) => $$"""
        using SystemDesign;

        namespace Consumer;

        /// <summary>tutorial-simple-blog: 1,000 req/s at 150 req/s per app server with 20% headroom needs 8 servers.</summary>
        [Design("tutorial-simple-blog")]
        public sealed class PersonalBlog : IDesign
        {
            /// <inheritdoc />
            public void Describe(ArchitectureBuilder a)
            {
                var readers = a.Client("Blog Readers");
                var lb = a.LoadBalancer("Load Balancer").Instances(2);
                var app = a.App("App Servers").Instances({{appServers}});
                var primary = a.DbPrimary("Primary DB").Instances(2);
                var replica = a.DbReplica("Read Replica").Instances(2);

                readers.Calls(lb);
                lb.Calls(app);
                app.Writes(primary);
                app.Reads(replica);
                primary.ReplicatesTo(replica);
            }
        }

        """;

    private static void AssertNoLoadFailures(CliResult build)
    {
        var failures = LoadFailures.Where(f => build.Output.Contains(f, StringComparison.Ordinal)).ToList();
        Assert.True(failures.Count == 0, "The compiler failed to load or run part of the package (" + string.Join(", ", failures) + ")." + Environment.NewLine + build.Describe());
    }

    // A collectible load context: reading a constant needs no dependency of the consumer assembly.
    private static object? ReadConstant(string assemblyPath, string typeName, string fieldName)
    {
        var context = new AssemblyLoadContext("consumer", isCollectible: true);
        try
        {
            using var stream = File.OpenRead(assemblyPath);
            var type = context.LoadFromStream(stream).GetType(typeName, throwOnError: true)!;
            return type.GetField(fieldName, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue();
        }
        finally
        {
            context.Unload();
        }
    }

    // targets["net10.0"]["SystemDesign/<version>"] in the consumer's obj/project.assets.json.
    private JsonElement LockFileLibrary(Consumer consumer)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer.Directory, "obj", "project.assets.json")));
        var target = assets.RootElement.GetProperty("targets").GetProperty("net10.0");
        return target.GetProperty(PackageFixture.PackageId + "/" + package.Version).Clone();
    }

    private Consumer NewConsumer(string name, int appServers)
    {
        Assert.True(package.Package is not null, package.Pack.Describe());
        var consumer = new Consumer(package, name);
        consumer.Write("Design.cs", Design(appServers));
        consumer.Write("ProblemInfo.cs", ProblemInfo);
        return consumer;
    }

    private CliResult Log(CliResult result)
    {
        output.WriteLine(result.Describe());
        return result;
    }
}
