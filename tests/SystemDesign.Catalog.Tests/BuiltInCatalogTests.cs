using System.Linq;

namespace SystemDesign.Catalog.Tests;

/// <summary>
/// The counts that must hold for the built-in catalog. Source: ../shared/CATALOG-FACTS.md (measured on
/// the export) and issue #2; corrections from catalog/overrides.json are accounted for where they change a count.
/// The counts are the imported problems'; the hand-written case studies have their own (CaseStudyCatalogTests).
/// </summary>
public sealed class BuiltInCatalogTests
{
    private static ProblemCatalog Catalog => ProblemCatalog.BuiltIn;

    /// <summary>The problems the importer wrote from the export: all but the case studies.</summary>
    private static Problem[] Imported => Catalog.Problems.Where(p => p.Category != Problem.CaseStudiesCategory).ToArray();

    [Fact]
    public void Has_618_problems_with_unique_ids_and_numbers_1_to_618()
    {
        Assert.Equal(618, Imported.Length);
        Assert.Equal(618, Imported.Select(p => p.Id).Distinct(System.StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(1, 618), Imported.Select(p => p.Number));
        Assert.Equal(Catalog.Problems.Count, Catalog.Problems.Select(p => p.Id).Distinct(System.StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Has_27_categories()
    {
        Assert.Equal(27, Imported.Select(p => p.Category).Distinct(System.StringComparer.Ordinal).Count());
        Assert.Equal(27 + 1, Catalog.Categories.Count);
    }

    [Fact]
    public void Difficulty_counts_match_the_export()
    {
        var counts = Imported.GroupBy(p => p.Difficulty ?? "(none)").ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(200, counts["L5-Staff"]);
        Assert.Equal(200, counts["L6-Principal"]);
        Assert.Equal(80, counts["Intermediate"]);
        Assert.Equal(79, counts["Advanced"]);
        Assert.Equal(44, counts["Easy"]);
        Assert.Equal(14, counts["Foundation"]);
        Assert.Equal(1, counts["(none)"]);
        Assert.Null(Catalog.Find("boe-walkthrough-chat")!.Difficulty);
    }

    [Fact]
    public void Tier_and_requirement_counts_match_the_export()
    {
        var tiered = Imported.Where(p => p.Tiers.Count > 0).ToArray();
        var requirements = tiered.SelectMany(p => p.Tiers).SelectMany(t => t.Requirements).ToArray();
        Assert.Equal(217, tiered.Length);
        Assert.Equal(582, tiered.Sum(p => p.Tiers.Count));
        Assert.Equal(438, requirements.Count(r => r.Kind == RequirementKind.MustInclude));
        Assert.Equal(139, requirements.Count(r => r.Kind == RequirementKind.MinimumCount));
        Assert.Equal(12, requirements.Count(r => r.Kind == RequirementKind.ConnectionFrom));
        Assert.Equal(25, requirements.Count(r => r.Kind == RequirementKind.ParameterRange));
    }

    [Fact]
    public void Tiered_problems_are_1_to_3_and_5_to_218()
    {
        var numbers = Imported.Where(p => p.Tiers.Count > 0).Select(p => p.Number);
        Assert.Equal(Enumerable.Range(1, 3).Concat(Enumerable.Range(5, 214)), numbers);
    }

    [Fact]
    public void Every_parameter_range_has_a_lower_bound_and_a_source()
    {
        var ranges = Imported.SelectMany(p => p.Tiers).SelectMany(t => t.Requirements).OfType<ParameterRangeRequirement>().ToArray();
        Assert.All(ranges, r =>
        {
            Assert.NotNull(r.Min);
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
        });
    }

    [Fact]
    public void Reference_solutions_have_the_exports_components_and_connections_plus_corrections()
    {
        var solutions = Imported.Select(p => p.ReferenceSolution).OfType<ReferenceSolution>().ToArray();
        Assert.Equal(217, solutions.Length);

        // The export has 1,499 components and 1,417 connections; corrections only add to them.
        Assert.InRange(solutions.Sum(s => s.Components.Count), 1499, 1520);
        Assert.InRange(solutions.Sum(s => s.Connections.Count), 1417, 1450);
    }

    [Fact]
    public void The_two_known_wrong_reference_solutions_are_corrected_with_a_db_replica()
    {
        foreach (var id in new[] { "global-event-sourcing-system", "ecommerce-order-db" })
        {
            var problem = Catalog.Find(id)!;
            Assert.Contains(problem.ReferenceSolution!.Components, c => c.Type == "db_replica");
            Assert.NotEmpty(problem.Corrections);
        }
    }

    [Fact]
    public void Tutorial_simple_blog_reads_as_the_export_states_it()
    {
        var blog = Catalog.Find("tutorial-simple-blog")!;
        Assert.Equal("Tutorial 1: Personal Blog Platform", blog.Title);
        Assert.Equal(1, blog.Number);
        Assert.Equal(150, blog.NumberConstant("app_capacity_per_instance"));
        Assert.Equal(new[] { "client", "lb", "app", "db_primary", "db_replica" }, blog.Palette);
        Assert.Equal(new[] { "T0", "T1", "T2" }, blog.Tiers.Select(t => t.Id));
        Assert.Contains(new MinimumCountRequirement("app", 7), blog.Tiers[2].Requirements);
        Assert.Equal(1000, blog.Workload.RequestRate!.Value);
        Assert.Equal(0.9, blog.Workload.ReadRatio!.Value, 9);
        Assert.Contains(blog.Workload.LatencyTargets, t => t.Percentile == 99 && t.Milliseconds == 200);
        Assert.Equal(0.999, blog.Workload.AvailabilityTarget!.Value, 9);
    }

    [Fact]
    public void No_mojibake_remains_anywhere_in_the_catalog()
    {
        string[] mojibake = ["‚Üí", "√ó", "üìö", "‚Ä", "√©", "Ã©", "â€"];
        foreach (var problem in Catalog.Problems)
        {
            var text = string.Join("\n", new[] { problem.Title, problem.Summary, problem.Goal, problem.Description, problem.Narrative ?? string.Empty }
                .Concat(problem.Hints).Concat(problem.FunctionalRequirements).Concat(problem.NonFunctionalRequirements.Select(n => n.Text)));
            foreach (var bad in mojibake)
            {
                Assert.False(text.Contains(bad, System.StringComparison.Ordinal), $"{problem.Id} contains '{bad}'");
            }
        }
    }

    [Fact]
    public void Looking_up_one_problem_by_id_reads_only_that_problem_and_agrees_with_the_full_catalog()
    {
        var one = ProblemCatalog.BuiltIn.Find("tutorial-advanced-chat");
        Assert.NotNull(one);
        Assert.Equal(Catalog.Find("tutorial-advanced-chat")!.Title, one!.Title);
        Assert.Null(ProblemCatalog.BuiltIn.Find("no-such-problem"));
    }

    [Fact]
    public void Unknown_ids_get_close_suggestions()
    {
        Assert.Equal("tutorial-simple-blog", Catalog.SuggestIds("tutorial-simple-blgo")[0]);
    }

    [Fact]
    public void An_id_too_long_to_be_a_typo_gets_no_suggestions_and_is_shortened_in_the_message()
    {
        // The edit distance costs the id's length times every id's: a 3 MB id once took the analyzer a minute.
        var id = new string('x', 101);

        Assert.Empty(Catalog.SuggestIds(id));
        Assert.Empty(ProblemCatalog.BuiltIn.SuggestIds(id));
        Assert.Null(ProblemCatalog.BuiltIn.Find(id));
        Assert.Equal(
            "There is no problem '" + new string('x', 100) + "… (101 characters)' in the catalog. 'sysdesign problems' lists them all.",
            ProblemCatalog.UnknownProblemMessage(id, ProblemCatalog.BuiltIn.SuggestIds(id)));
        Assert.NotEmpty(Catalog.SuggestIds(new string('x', 100)));
    }

    [Fact]
    public void An_unknown_id_is_not_cached_so_typing_an_id_does_not_grow_the_cache()
    {
        // The analyzer asks for every prefix while an id is typed ("tutorial-s", "tutorial-si", ...).
        Assert.Null(ProblemCatalog.BuiltIn.Find("tutorial-simple-bl"));
        Assert.False(EmbeddedCatalog.IsCached("tutorial-simple-bl"));

        Assert.NotNull(ProblemCatalog.BuiltIn.Find("tutorial-simple-blog"));
        Assert.True(EmbeddedCatalog.IsCached("tutorial-simple-blog"));
        Assert.Same(ProblemCatalog.BuiltIn.Find("tutorial-simple-blog"), ProblemCatalog.BuiltIn.Find("tutorial-simple-blog"));
    }
}
