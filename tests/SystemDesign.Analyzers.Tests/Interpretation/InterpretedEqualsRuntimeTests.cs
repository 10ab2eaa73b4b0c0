using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SystemDesign.Analyzers.Interpretation;
using SystemDesign.Model;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests.Interpretation;

/// <summary>
/// For every form the interpreter reads (issue 10: loops, helpers, interpolation, fields), the architecture it builds
/// statically equals the one the run-time builder builds when the compiled design runs.
/// </summary>
public class InterpretedEqualsRuntimeTests
{
    public static TheoryData<string, string, string> Forms => new()
    {
        { "for over a constant range", "", """
            var lb = a.LoadBalancer("LB");
            for (var i = 0; i < 3; i++) { lb.Calls(a.App("App " + i).Instances(i + 1)); }
            """ },
        { "for with a step, break and continue", "", """
            for (var i = 1; i <= 64; i *= 2)
            {
                if (i == 2) { continue; }
                if (i > 16) { break; }
                a.App("App" + i.ToString()).Instances(i).ServiceTime(100.0 / i);
            }
            """ },
        { "foreach over a local array", "", """
            var zones = new[] { "us-east", "eu-west" };
            var db = a.DbPrimary("DB").Instances(2);
            foreach (var zone in zones) { a.App($"App {zone}").Zone(zone).Instances(zones.Length).Writes(db); }
            """ },
        { "foreach over a collection expression and array elements", "", """
            string[] names = ["one", "two", "three"];
            int[] counts = [1, 2, 3];
            for (var i = 0; i < names.Length; i++) { a.Cache(names[i]).Instances(counts[i]).HitRate(0.5 + i / 10.0); }
            """ },
        { "static readonly and const fields", """
            private const int Replicas = 2;
            private static readonly string[] Regions = { "us", "eu", "ap" };
            private static readonly string Prefix = "svc-" + Replicas;
            """, """
            var primary = a.DbPrimary("Primary").Instances(Replicas);
            foreach (var region in Regions) { primary.ReplicatesTo(a.DbReplica(Prefix + region).Region(region)); }
            """ },
        { "local functions capturing locals", "", """
            var lb = a.LoadBalancer("LB").Instances(2);
            var made = 0;
            AppNode Tier(string name, int n) { made++; var app = a.App(name).Instances(n); lb.Calls(app); return app; }
            Tier("Web", 2);
            Tier("Api", made + 3).CapacityPerInstance(250);
            """ },
        { "private helper methods, static and instance, calling each other", """
            private static AppNode Tier(ArchitectureBuilder b, string name, int n) => b.App(name).Instances(n);
            private void Wire(ArchitectureBuilder b, string name, int count)
            {
                var lb = b.LoadBalancer(name + " LB");
                for (var i = 0; i < count; i++) { lb.Calls(Tier(b, $"{name} {i}", count - i)); }
            }
            """, """
            Wire(a, "Web", 3);
            Wire(a, "Api", 2);
            """ },
        { "interpolation with formats and alignment, ternaries, compound assignment", "", """
            var total = 0L;
            for (var i = 0; i < 12; i += 5)
            {
                total += i * 1_000_000_000L;
                a.Worker($"w{i:D3}|{i,3}|{i,-2}|{i:x2}|{total > 0}").Instances(i > 5 ? 4 : 1).HourlyCost(i * 0.25);
            }
            """ },
        { "if and else, early return", "", """
            const bool big = true;
            if (!big) { a.App("Small"); } else { a.App("Big").Instances(10); }
            a.Client("Users").Calls(a.App("Edge"));
            return;
            """ },
        { "unchecked overflow wraps as at run time", "", """
            var n = int.MaxValue;
            n++;
            a.App("App").Instances(n < 0 ? 3 : 1).Availability(0.99);
            """ },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_interpreted_design_equals_the_runtime_built_one(string form, string members, string body)
    {
        var compilation = Compile(new[] { Source(members, body) });
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, form + ": " + string.Join("\n", errors.Select(e => e.ToString())));

        var interpreted = Interpret(compilation);
        Assert.True(interpreted.Design is not null, form + ": " + interpreted.Reason);
        var runtime = Run(compilation);

        Assert.NotEmpty(runtime.Components);
        Assert.Equal(runtime.Components, interpreted.Design!.Architecture.Components);
        Assert.Equal(runtime.Connections, interpreted.Design.Architecture.Connections);
        Assert.Equal(runtime.BuildFindings.Select(f => f.Message), interpreted.Design.Architecture.BuildFindings.Select(f => f.Message));
    }

    internal static string Source(string members, string body) => $$"""
        using SystemDesign;

        [Design("tutorial-simple-blog")]
        public sealed class Shaped : IDesign
        {
        {{members}}
            public void Describe(ArchitectureBuilder a)
            {
        {{body}}
            }
        }
        """;

    internal static InterpretResult Interpret(Compilation compilation)
    {
        var symbols = DesignSymbols.Resolve(compilation)!;
        var tree = compilation.SyntaxTrees.First();
        var model = compilation.GetSemanticModel(tree);
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "Describe");
        var symbol = (IMethodSymbol)model.GetDeclaredSymbol(method)!;
        return DesignInterpreter.Interpret(model.GetOperation(method)!, symbol.Parameters[0], symbols, CancellationToken.None);
    }

    private static Architecture Run(Compilation compilation)
    {
        using var image = new MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        image.Position = 0;
        var context = new AssemblyLoadContext("interpreted-equals-runtime", isCollectible: true);
        try
        {
            var type = context.LoadFromStream(image).GetTypes().Single(t => DesignRunner.GetProblemId(t) is not null);
            return DesignRunner.Run((IDesign)Activator.CreateInstance(type)!);
        }
        finally
        {
            context.Unload();
        }
    }
}
