using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using SystemDesign.Analyzers.Evaluation;
using SystemDesign.Analyzers.Tests.Harness;
using SystemDesign.Model;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

/// <summary>
/// The evaluation cache must be invisible: every diagnostic (id, span, message, properties) is what an uncached
/// analysis reports, after edits that move a design, for two problems with one model, for two designs with one model.
/// </summary>
public class EvaluationCacheTests
{
    // Findings on a declaration (a duplicate name, a dangling edge, a bad weight) and by name (capacity, tiers, latency).
    private const string Broken = "a.App(\"App Servers\");\n        lb.Calls(a.Cache(\"Cache\")).Weight(-1);\n        readers.Calls(readers);\n        readers.Calls(lb);";

    [Fact]
    public async Task A_design_moved_in_its_file_gets_the_diagnostics_of_a_fresh_analysis_at_its_new_place()
    {
        var cache = new EvaluationCache();
        var before = await AssertSameAsUncachedAsync(cache, Designs.Blog("2", extra: Broken));
        var moved = await AssertSameAsUncachedAsync(cache, Designs.Blog("2", extra: Broken, header: "// a comment that moves everything below it"));

        Assert.Equal(1, cache.Count);
        Assert.Equal(before.Length, moved.Length);
        Assert.Contains(moved, line => line.StartsWith(Rules.DuplicateName.Id, StringComparison.Ordinal));
        Assert.Contains(moved, line => line.StartsWith(Rules.InvalidWeight.Id, StringComparison.Ordinal));
        Assert.Contains(moved, line => line.StartsWith(Rules.SelfConnection.Id, StringComparison.Ordinal));
        Assert.NotEqual(before, moved); // same findings, other spans
    }

    [Fact]
    public async Task One_model_under_two_problem_ids_is_evaluated_for_each()
    {
        var cache = new EvaluationCache();
        var blog = await AssertSameAsUncachedAsync(cache, Designs.Blog("2"));
        var tinyurl = await AssertSameAsUncachedAsync(cache, Designs.Blog("2", problem: "\"tinyurl\""));
        var unknown = await AssertSameAsUncachedAsync(cache, Designs.Blog("2", problem: "\"no-such-problem\""));

        Assert.Equal(3, cache.Count);
        Assert.All(blog, line => Assert.DoesNotContain("problemId=tinyurl", line, StringComparison.Ordinal));
        Assert.All(tinyurl, line => Assert.Contains("problemId=tinyurl", line, StringComparison.Ordinal));
        Assert.NotEqual(blog.Select(Id), tinyurl.Select(Id));
        Assert.Contains(unknown, line => line.StartsWith(Rules.UnknownProblem.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(unknown, line => line.StartsWith(Rules.Overloaded.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_designs_with_one_model_each_get_their_own_diagnostics_in_their_own_file()
    {
        var cache = new EvaluationCache();
        var compilation = Compile(new[]
        {
            Designs.Blog("2", extra: Broken),
            Designs.Blog("2", extra: Broken, header: "// the second file").Replace("PersonalBlog", "OtherBlog", StringComparison.Ordinal),
        });
        var (cached, exceptions) = await RunAsync(compilation, analyzer: new DesignAnalyzer(cache));
        var (uncached, _) = await RunAsync(compilation, analyzer: new DesignAnalyzer(EvaluationCache.None));

        Assert.Empty(exceptions);
        Assert.Equal(DiagnosticText.Of(uncached), DiagnosticText.Of(cached));
        Assert.Equal(1, cache.Count);
        var byFile = cached.GroupBy(d => d.Location.SourceTree?.FilePath).ToDictionary(g => g.Key ?? string.Empty, g => g.Count());
        Assert.Equal(2, byFile.Count);
        Assert.Equal(byFile.Values.First(), byFile.Values.Last());
    }

    [Fact]
    public async Task A_changed_knob_is_evaluated_again()
    {
        var cache = new EvaluationCache();
        var two = await AssertSameAsUncachedAsync(cache, Designs.Blog("2"));
        var eight = await AssertSameAsUncachedAsync(cache, Designs.Blog("8"));
        var twoAgain = await AssertSameAsUncachedAsync(cache, Designs.Blog("2"));

        Assert.Equal(2, cache.Count);
        Assert.Contains(two, line => line.StartsWith(Rules.Overloaded.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(eight, line => line.StartsWith(Rules.Overloaded.Id, StringComparison.Ordinal));
        Assert.Equal(two, twoAgain);
    }

    [Fact]
    public void The_least_recently_used_model_leaves_first_and_the_count_stays_bounded()
    {
        var cache = new EvaluationCache(maxEntries: 3);
        var evaluations = 0;
        IReadOnlyList<Finding>? Evaluate()
        {
            evaluations++;
            return Array.Empty<Finding>();
        }

        foreach (var n in new[] { 1, 2, 3, 1, 4 })
        {
            cache.GetOrEvaluate("p", Model(n), Evaluate);
        }

        Assert.Equal(4, evaluations); // 1 was a hit
        Assert.Equal(3, cache.Count);
        cache.GetOrEvaluate("p", Model(1), Evaluate); // kept: used after 2 and 3
        Assert.Equal(4, evaluations);
        cache.GetOrEvaluate("p", Model(2), Evaluate); // evicted: least recently used when 4 came
        Assert.Equal(5, evaluations);
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void Models_above_the_size_budget_are_not_kept_and_failures_never_are()
    {
        var cache = new EvaluationCache(maxEntries: 10, maxSize: 5);
        cache.GetOrEvaluate("p", Model(6), () => Array.Empty<Finding>());
        Assert.Equal(0, cache.Count);

        cache.GetOrEvaluate("p", Model(1), () => null);
        Assert.Equal(0, cache.Count);

        cache.GetOrEvaluate("p", Model(2), () => Array.Empty<Finding>());
        cache.GetOrEvaluate("p", Model(3), () => Array.Empty<Finding>()); // 2 + 3 components: at the budget
        Assert.Equal(2, cache.Count);
        cache.GetOrEvaluate("p", Model(4), () => Array.Empty<Finding>()); // the oldest go until it fits
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void A_hit_returns_the_findings_with_their_targets_for_an_equal_model()
    {
        var cache = new EvaluationCache();
        var duplicate = new Finding("SD0003", Severity.Error, "c1", "duplicate") { Target = FindingTarget.Component(1) };
        var overloaded = new Finding("SD2001", Severity.Error, "c0", "overloaded") { Target = FindingTarget.Component(0), Knob = Knobs.Instances.Key };
        cache.GetOrEvaluate("p", Model(2), () => new[] { duplicate, overloaded });

        // Another instance of the same model (as a design moved in its file, or another file, interprets to).
        var found = cache.GetOrEvaluate("p", Model(2), () => throw new InvalidOperationException("must be a hit"))!;

        Assert.Equal(new[] { duplicate, overloaded }, found);
        Assert.Equal(FindingTarget.Component(1), found[0].Target);
    }

    [Fact]
    public void Concurrent_callers_get_their_own_answers_and_the_bound_holds()
    {
        var cache = new EvaluationCache(maxEntries: 8);
        Parallel.For(0, 2_000, i =>
        {
            var n = 1 + (i % 20);
            var findings = cache.GetOrEvaluate("p", Model(n), () => new[] { new Finding("SD2001", Severity.Error, "c0", N(n)) })!;
            Assert.Equal(N(n), Assert.Single(findings).Message);
        });
        Assert.InRange(cache.Count, 1, 8);
    }

    private static async Task<string[]> AssertSameAsUncachedAsync(EvaluationCache cache, string source)
    {
        var compilation = Compile(new[] { source });
        var (cached, exceptions) = await RunAsync(compilation, analyzer: new DesignAnalyzer(cache));
        var (uncached, _) = await RunAsync(compilation, analyzer: new DesignAnalyzer(EvaluationCache.None));
        Assert.Empty(exceptions);
        var text = DiagnosticText.Of(cached);
        Assert.Equal(DiagnosticText.Of(uncached), text);
        return text;
    }

    private static string Id(string line) => line.Substring(0, line.IndexOf(' ', StringComparison.Ordinal));

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A model of <paramref name="components"/> apps; a new instance each call.</summary>
    private static Architecture Model(int components) => new(
        null,
        Enumerable.Range(0, components).Select(i => new Component("c" + N(i), "app")),
        null);
}
