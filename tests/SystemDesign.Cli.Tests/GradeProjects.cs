using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SystemDesign.TestSupport;

namespace SystemDesign.Cli.Tests;

/// <summary>
/// Temporary projects for the grade tests, written once per test run outside the repository: each references the
/// built SystemDesign API assembly, as a package user's project does, so it restores and loads offline and a workspace
/// load opens that one project (a ProjectReference would have every load open and compile the API's sources too;
/// that case is graded by the README's <c>grade samples</c> and the <c>new --api-project</c> scaffold). <c>mixed/</c> holds a project with a
/// passing, a failing and an unreadable design, and a project with a custom build target; <c>broken/</c> does not compile;
/// <c>empty/</c> has no design; <c>running/</c> has designs only <c>--run</c> can grade; <c>slowload/</c> takes a minute to load; <c>markup/</c> has a failing design whose client name is HTML; <c>unloadable/</c> is a project file cut short.
/// One set serves the <see cref="GradedProjects"/> collection, so each project restores once and each command line
/// loads once; <see cref="GradeErrorTests"/> has a set of its own, whose <c>mixed/</c> is never restored before its
/// Ctrl-C test interrupts the restore.
/// </summary>
public sealed class GradeProjects : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<(int, string, string)>>> runs = new(StringComparer.Ordinal);

    public const string BuildMarker = "built.marker";
    public const string DesignRanMarker = "design-ran.marker";
    public const string LoadStartedMarker = "load-started.marker";
    public const string LoadEndedMarker = "load-ended.marker";

    /// <summary>The client's name in <c>markup/</c>: every character with a meaning in HTML, and a script tag.</summary>
    public const string MarkupName = "<script>alert('x')</script> & \"Readers\"";

    public GradeProjects()
    {
        Root = Directory.CreateTempSubdirectory("sysdesign-grade-tests-").FullName;
        Project("mixed/designs", "Designs", string.Empty,
            ("Passing.cs", Design("PassingBlog", 9)),
            ("Failing.cs", Design("OverloadedBlog", 1)),
            ("Unreadable.cs", """
                [Design("tutorial-simple-blog")]
                public sealed class LoopedBlog : IDesign
                {
                    public void Describe(ArchitectureBuilder a)
                    {
                        var lb = a.LoadBalancer("Load Balancer");
                        for (var i = 0; i < System.Environment.ProcessorCount; i++)
                        {
                            lb.Calls(a.App("App " + i));
                        }
                    }
                }
                """));

        // A custom target after Build and a static constructor: grading must run neither.
        Project(
            "mixed/target",
            "WithTarget",
            $"""<Target Name="WriteMarker" AfterTargets="Build"><WriteLinesToFile File="$(MSBuildProjectDirectory)/{BuildMarker}" Lines="built" /></Target>""",
            ("Guarded.cs", Design("GuardedBlog", 9).Replace(
                "public sealed class GuardedBlog : IDesign\n{",
                "public sealed class GuardedBlog : IDesign\n{\n    static GuardedBlog() => System.IO.File.WriteAllText(\"" + DesignRanMarker + "\", \"ran\");\n",
                StringComparison.Ordinal)));
        Project("broken/app", "Broken", string.Empty, ("Broken.cs", """
            [Design("tutorial-simple-blog")]
            public sealed class BrokenBlog : IDesign
            {
                public void Describe(ArchitectureBuilder a)
                {
                    var app = a.App("App Servers").Instances(;
                }
            }
            """));
        // Names with markup characters: the HTML report must escape them, SARIF and JSON carry them verbatim.
        Project("markup/app", "Markup", string.Empty, ("Markup.cs", Design("MarkupBlog", 1).Replace("\"Blog Readers\"", "\"" + MarkupName.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"", StringComparison.Ordinal)));
        // For --run: a loop over a parsed count (9 app servers) the interpreter refuses, and a Describe that throws.
        Project("running/app", "Running", string.Empty,
            ("Counted.cs", Design("CountedBlog", 1).Replace(
                "var app = a.App(\"App Servers\").Instances(1);",
                "var app = a.App(\"App Servers\");\n        for (var i = 0; i < int.Parse(\"9\", System.Globalization.CultureInfo.InvariantCulture); i++)\n        {\n            app.Instances(i + 1);\n        }\n",
                StringComparison.Ordinal)),
            ("Throwing.cs", """
                [Design("tutorial-simple-blog")]
                public sealed class ThrowingBlog : IDesign
                {
                    public void Describe(ArchitectureBuilder a)
                    {
                        a.Client("Blog Readers");
                        if (int.Parse("1", System.Globalization.CultureInfo.InvariantCulture) == 1)
                        {
                            throw new System.InvalidOperationException("no capacity plan yet");
                        }
                    }
                }
                """));
        // A design-time build that takes a minute: Ctrl-C during the workspace load must not wait for it.
        Project("slowload/app", "SlowLoad",
            $"""<Target Name="SlowLoad" BeforeTargets="CoreCompile"><WriteLinesToFile File="$(MSBuildProjectDirectory)/{LoadStartedMarker}" Lines="loading" /><Exec Command="sleep 60" /><WriteLinesToFile File="$(MSBuildProjectDirectory)/{LoadEndedMarker}" Lines="loaded" /></Target>""",
            ("Slow.cs", Design("SlowBlog", 9)));
        Project("empty/lib", "Empty", string.Empty, ("Empty.cs", "public static class NotADesign { }"));
        Directory.CreateDirectory(PathOf("unloadable"));
        File.WriteAllText(PathOf(System.IO.Path.Combine("unloadable", "Cut.csproj")), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>\n");
    }

    public string Root { get; }

    /// <summary>
    /// Runs <c>sysdesign</c> in this process, in <see cref="Root"/>, once per distinct command line: tests that read the
    /// same run (the text report and the files it must not create; the JSON for its fields, its culture twins and the
    /// SARIF's findings) share one workspace load.
    /// </summary>
    public Task<(int Exit, string Out, string Err)> Grade(params string[] args) => GradeInCulture(null, args);

    /// <summary>As <see cref="Grade(string[])"/>, with <paramref name="culture"/> as the current culture of the command.</summary>
    public Task<(int Exit, string Out, string Err)> GradeInCulture(CultureInfo? culture, params string[] args) =>
        Once("in-process " + culture?.Name, args, () => Sysdesign.InCultureAsync(Root, culture, args));

    /// <summary>Runs the built tool as a separate process in <see cref="Root"/>, once per distinct command line and environment.</summary>
    public Task<(int Exit, string Out, string Err)> GradeAsProcess(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        Once("process " + string.Join(';', (environment ?? new Dictionary<string, string>()).Select(p => p.Key + "=" + p.Value)), args, () => Sysdesign.RunAsync(Root, environment, args));

    private Task<(int Exit, string Out, string Err)> Once(string how, string[] args, Func<Task<(int, string, string)>> run) =>
        runs.GetOrAdd(how + "\0" + string.Join('\0', args), _ => new Lazy<Task<(int, string, string)>>(run)).Value;

    public string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>The sample blog design with <paramref name="appServers"/> app servers: 9 passes, 1 is overloaded.</summary>
    private static string Design(string name, int appServers) => $$"""
        [Design("tutorial-simple-blog")]
        public sealed class {{name}} : IDesign
        {
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
        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    private void Project(string folder, string name, string extra, params (string File, string Source)[] files)
    {
        var directory = Directory.CreateDirectory(PathOf(folder)).FullName;
        var api = System.IO.Path.Combine(RepositoryRoot.Path, "src", "SystemDesign", "bin", Sysdesign.Configuration, "netstandard2.0", "SystemDesign.dll");
        File.WriteAllText(System.IO.Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{api}" />
              </ItemGroup>
              {extra}
            </Project>
            """);
        foreach (var (file, source) in files)
        {
            File.WriteAllText(System.IO.Path.Combine(directory, file), "using SystemDesign;\n\n" + source + "\n");
        }
    }
}
