using System.IO;
using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using SystemDesign.Catalog;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Benchmarks;

/// <summary>
/// What ProblemCatalog.BuiltIn.Find pays once per problem and process (it caches): read one embedded
/// <c>problems/&lt;id&gt;.json</c> resource and parse it with <see cref="ProblemReader"/>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class CatalogBenchmarks
{
    private static readonly Assembly CatalogAssembly = typeof(ProblemCatalog).Assembly;
    private string json = null!;

    [Params("tutorial-simple-blog", "tinyurl")]
    public string ProblemId { get; set; } = "tinyurl";

    [GlobalSetup]
    public void Setup() => json = ReadText(ProblemId);

    /// <summary>Resource stream → string → Problem, exactly as the built-in catalog reads one (EmbeddedCatalog.ReadProblem).</summary>
    [Benchmark(Baseline = true)]
    public Problem ReadEmbeddedProblem() => ProblemReader.Read(ReadText(ProblemId), "problems/" + ProblemId + ".json");

    /// <summary>The parse alone, from a string already in memory.</summary>
    [Benchmark]
    public Problem ParseProblem() => ProblemReader.Read(json, "problems/" + ProblemId + ".json");

    private static string ReadText(string id)
    {
        using var stream = CatalogAssembly.GetManifestResourceStream("problems/" + id + ".json")
            ?? throw new FileNotFoundException("no embedded resource for " + id);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
