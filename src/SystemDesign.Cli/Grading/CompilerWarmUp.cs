using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SystemDesign.Cli.Grading;

/// <summary>
/// Compiles, interprets and grades a small design on a background thread while the workspace loads. The NuGet Roslyn
/// the tool carries is IL only, so the first compilation of a process is mostly JIT; the workspace load spends its
/// time in the out-of-process build host, which leaves this process's cores idle. Warming up there moves the JIT off
/// the critical path (docs/performance.md measures it). Nothing it computes is kept or shown.
/// </summary>
internal static class CompilerWarmUp
{
    // A design as people write one: locals, fluent calls, an edge knob. The problem id is a real catalog id so the
    // engine's catalog load is warmed too.
    private const string Source = """
        using SystemDesign;

        [Design("tutorial-simple-blog")]
        public sealed class WarmUpBlog : IDesign
        {
            public void Describe(ArchitectureBuilder a)
            {
                var readers = a.Client("Readers");
                var lb = a.LoadBalancer("Load Balancer").Instances(2);
                var app = a.App("App Servers").Instances(9);
                var primary = a.DbPrimary("Primary DB").Instances(2);
                var replica = a.DbReplica("Read Replica").Instances(2);
                readers.Calls(lb);
                lb.Calls(app).Weight(1);
                app.Writes(primary);
                app.Reads(replica);
                primary.ReplicatesTo(replica);
            }
        }
        """;

    private static readonly string[] RuntimeAssemblies =
        { "System.Private.CoreLib.dll", "System.Runtime.dll", "netstandard.dll", "System.Collections.dll", "System.Linq.dll" };

    private static int started;

    /// <summary>
    /// Starts the warm-up once per process; the task never faults (a failed warm-up only means the real work pays the JIT).
    /// A second grade in the same process (the tests run many through <see cref="CommandLine"/>) finds the compiler
    /// JIT-compiled already, so warming it again would only compile a throw-away design.
    /// </summary>
    public static Task Start(CancellationToken cancellationToken) =>
        Interlocked.Exchange(ref started, 1) == 0 ? Task.Run(() => Run(cancellationToken), cancellationToken) : Task.CompletedTask;

    private static void Run(CancellationToken cancellationToken)
    {
        try
        {
            var tree = CSharpSyntaxTree.ParseText(Source, cancellationToken: cancellationToken);
            var compilation = CSharpCompilation.Create(
                "SystemDesign.WarmUp",
                new[] { tree },
                References(),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            compilation.GetDiagnostics(cancellationToken);
            var grader = new DesignGrader(new Engine.EngineOptions(), new DisplayPaths(Path.GetTempPath()), new PhaseTimings());
            foreach (var design in DesignFinder.Find(compilation, cancellationToken))
            {
                grader.Grade(design, compilation, "warm-up.csproj", cancellationToken);
            }
        }
#pragma warning disable CA1031 // A warm-up that fails costs only the time it meant to save; the real grade reports real errors.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private static MetadataReference[] References()
    {
        // The runtime's own assemblies stand in for the reference pack: the same metadata reader and binder code runs.
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return RuntimeAssemblies
            .Select(name => Path.Combine(runtime, name))
            .Where(File.Exists)
            .Append(typeof(ArchitectureBuilder).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }
}
