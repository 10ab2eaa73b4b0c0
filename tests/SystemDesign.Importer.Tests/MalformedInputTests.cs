using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SystemDesign.Catalog;

namespace SystemDesign.Importer.Tests;

/// <summary>Bad input must fail with a message naming the problem, the line and what was expected.</summary>
public sealed class MalformedInputTests
{
    internal const string Sample = """
        # All System Design Problems

        Total Problems: 2

        ---

        ## 1. 📚 Sample Problem

        **ID:** sample
        **Category:** tutorial
        **Difficulty:** Easy

        ### Summary

        Sum

        ### Goal

        Goal text

        ### Description

        Desc with → arrow and 10 × 2

        ### Functional Requirements

        - Users read

        ### Non-Functional Requirements

        - **Latency:** P99 < 200ms

        ### Constants/Assumptions

        - **read_qps:** 1,000
        - **ratio:** 0.32999999999999996
        - **flag:** true
        - **policy:** LRU
        - **windows:** 60s, 5m, 1h

        ### Available Components

        - client
        - app
        - cache

        ### Hints

        1. 💡 **Tier 0**: add an app
        2. Plain hint

        ### Tiers/Checkpoints

        **T0: 🎯 Basic**
          - Must include: app
          - Must have connection from: redirect_client

        **T1: ⚡ Fast**
          - Minimum 3 of type: app
          - Parameter range check: cache.hit_rate

        ### Reference Solution

        Summary of the solution.

        **Components:**
        - Users (redirect_client)
        - App (Primary) (app)
        - Cache (cache)

        **Connections:**
        - Users → App (Primary)
        - App (Primary) → Cache

        ### Solution Analysis

        ### Not a section
        ignored

        ---

        ## 2. Second

        **ID:** second
        **Category:** tutorial

        ### Description

        Only a description.

        ---
        """;

    static MalformedInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Turns clean text into the export's form: UTF-8 bytes read as Mac Roman.</summary>
    internal static string MisEncode(string text) => Encoding.GetEncoding(10000).GetString(Encoding.UTF8.GetBytes(text));

    private static List<Problem> Parse(string cleanText) => ExportParser.Parse(TextRepair.RepairLines(MisEncode(cleanText)));

    private static int LineOf(string text, string line) =>
        text.Split('\n').Select((l, i) => (l, i)).Single(x => x.l == line).i + 1;

    [Fact]
    public void The_sample_parses()
    {
        var problems = Parse(Sample);
        Assert.Equal(2, problems.Count);
        var p = problems[0];
        Assert.Equal("Sample Problem", p.Title);
        Assert.Equal("Desc with → arrow and 10 × 2", p.Description);
        Assert.Equal(["**Tier 0**: add an app", "Plain hint"], p.Hints);
        Assert.Equal(1000.0, p.Constants[0].Value.Number);
        Assert.Equal(0.33, p.Constants[1].Value.Number);
        Assert.Equal(true, p.Constants[2].Value.Boolean);
        Assert.Equal("LRU", p.Constants[3].Value.Text);
        Assert.Equal("60s, 5m, 1h", p.Constants[4].Value.Text);
        Assert.Equal(["T0", "T1"], p.Tiers.Select(t => t.Id));
        Assert.Equal(["Basic", "Fast"], p.Tiers.Select(t => t.Title));
        Assert.Equal(3, Assert.IsType<MinimumCountRequirement>(p.Tiers[1].Requirements[0]).Count);
        Assert.Equal("hit_rate", Assert.IsType<ParameterRangeRequirement>(p.Tiers[1].Requirements[1]).Parameter);
        Assert.Equal("App (Primary)", p.ReferenceSolution!.Components[1].Name);
        Assert.Equal(new ReferenceConnection("Users", "App (Primary)"), p.ReferenceSolution.Connections[0]);
        Assert.Equal("Summary of the solution.", p.ReferenceSolution.Summary);
        Assert.Null(problems[1].Difficulty);
        Assert.Empty(SolutionCheck.Problems(p));
    }

    [Fact]
    public void An_unknown_requirement_names_the_problem_line_and_text()
    {
        var text = Sample.Replace("  - Minimum 3 of type: app", "  - At least 3 of: app", StringComparison.Ordinal);
        var e = Assert.Throws<ImportException>(() => Parse(text));
        Assert.Contains("problem #1 (sample)", e.Message, StringComparison.Ordinal);
        Assert.Contains("line " + LineOf(text, "  - At least 3 of: app"), e.Message, StringComparison.Ordinal);
        Assert.Contains("unknown requirement 'At least 3 of: app'", e.Message, StringComparison.Ordinal);
        Assert.Contains("expected 'Must include: <type>'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_id_names_the_problem_number_and_heading_line()
    {
        var text = Sample.Replace("**ID:** second\n", string.Empty, StringComparison.Ordinal);
        var e = Assert.Throws<ImportException>(() => Parse(text));
        Assert.Contains("problem #2", e.Message, StringComparison.Ordinal);
        Assert.Contains("line " + LineOf(text, "## 2. Second"), e.Message, StringComparison.Ordinal);
        Assert.Contains("'**ID:** <id>'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_without_the_arrow_names_the_problem_line_and_the_expected_form()
    {
        var text = Sample.Replace("- App (Primary) → Cache", "- App (Primary) -> Cache", StringComparison.Ordinal);
        var e = Assert.Throws<ImportException>(() => Parse(text));
        Assert.Contains("problem #1 (sample)", e.Message, StringComparison.Ordinal);
        Assert.Contains("line " + LineOf(text, "- App (Primary) -> Cache"), e.Message, StringComparison.Ordinal);
        Assert.Contains("expected '- <From> → <To>'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_requirement_before_any_tier_heading_is_an_error()
    {
        var text = Sample.Replace("**T0: 🎯 Basic**\n", string.Empty, StringComparison.Ordinal);
        var e = Assert.Throws<ImportException>(() => Parse(text));
        Assert.Contains("line " + LineOf(text, "  - Must include: app"), e.Message, StringComparison.Ordinal);
        Assert.Contains("before any tier", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_that_is_not_mis_decoded_utf8_is_reported_by_number()
    {
        // A correctly decoded arrow cannot come from Mac Roman: the repair must refuse the line, not mangle it.
        var raw = MisEncode(Sample).Replace("Only a description.", "Only → a description.", StringComparison.Ordinal);
        var e = Assert.Throws<ImportException>(() => TextRepair.RepairLines(raw));
        Assert.Contains("line " + LineOf(Sample, "Only a description."), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_are_an_error()
    {
        var text = Sample.Replace("**ID:** second", "**ID:** sample", StringComparison.Ordinal);
        var e = Assert.Throws<ImportException>(() => Parse(text));
        Assert.Contains("duplicate ID 'sample'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dangling_connection_fails_the_solution_check()
    {
        var text = Sample.Replace("- App (Primary) → Cache", "- App (Primary) → Redis", StringComparison.Ordinal);
        var problems = Parse(text);
        var e = Assert.Throws<ImportException>(() => SolutionCheck.Verify(problems));
        Assert.Contains("problem #1 (sample)", e.Message, StringComparison.Ordinal);
        Assert.Contains("names 'Redis', which is not a component", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_solution_missing_a_required_type_fails_the_solution_check()
    {
        var text = Sample.Replace("  - Must include: app", "  - Must include: db_replica", StringComparison.Ordinal);
        var e = Assert.Throws<ImportException>(() => SolutionCheck.Verify(Parse(text)));
        Assert.Contains("tier T0 requires type 'db_replica'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overrides_apply_and_record_corrections()
    {
        var problems = Parse(Sample);
        problems[0] = RangeBounds.Apply(problems[0]);
        var range = Assert.IsType<ParameterRangeRequirement>(problems[0].Tiers[1].Requirements[1]);
        Assert.Equal(0.8, range.Min);
        Assert.Equal(1.0, range.Max);
        Assert.StartsWith("default:", range.Source, StringComparison.Ordinal);

        var overrides = OverrideFile.Parse("""
            { "problems": { "sample": [
              { "op": "addComponents", "components": [ { "name": "Replica", "type": "db_replica" } ], "reason": "r1" },
              { "op": "addConnections", "connections": [ { "from": "App (Primary)", "to": "Replica" } ], "reason": "r2" },
              { "op": "setRange", "tier": "T1", "type": "cache", "parameter": "hit_rate", "min": 0.9, "max": 1.0, "source": "text", "reason": "r3" }
            ] } }
            """, "test.json");
        OverrideFile.Apply(overrides, problems, "test.json");
        range = Assert.IsType<ParameterRangeRequirement>(problems[0].Tiers[1].Requirements[1]);
        Assert.Equal(0.9, range.Min);
        Assert.Equal("text", range.Source);
        Assert.Equal(4, problems[0].ReferenceSolution!.Components.Count);
        Assert.Equal(
            [new Correction("referenceSolution.components", "r1"), new Correction("referenceSolution.connections", "r2"), new Correction("tiers[T1].cache.hit_rate", "r3")],
            problems[0].Corrections);
    }

    [Theory]
    [InlineData("""{ "problems": { "nope": [ { "op": "addComponents", "components": [ { "name": "X", "type": "app" } ], "reason": "r" } ] } }""", "$.problems.nope: expected the id of a problem")]
    [InlineData("""{ "problems": { "second": [ { "op": "addComponents", "components": [ { "name": "X", "type": "app" } ], "reason": "r" } ] } }""", "a problem with a reference solution")]
    [InlineData("""{ "problems": { "sample": [ { "op": "setRange", "tier": "T9", "type": "cache", "parameter": "hit_rate", "min": 0.9, "source": "s", "reason": "r" } ] } }""", "$.problems.sample[0].tier: expected a tier of #1 (sample)")]
    [InlineData("""{ "problems": { "sample": [ { "op": "setRange", "tier": "T0", "type": "cache", "parameter": "hit_rate", "min": 0.9, "source": "s", "reason": "r" } ] } }""", "'Parameter range check: cache.hit_rate' in tier T0")]
    [InlineData("""{ "problems": { "sample": [ { "op": "addConnections", "connections": [ { "from": "Users", "to": "Ghost" } ], "reason": "r" } ] } }""", "names a component #1 (sample) lacks")]
    [InlineData("""{ "problems": { "sample": [ { "op": "removeConnections", "connections": [ { "from": "Users", "to": "Cache" } ], "reason": "r" } ] } }""", "is not in #1 (sample)")]
    [InlineData("""{ "problems": { "sample": [ { "op": "addComponents", "components": [ { "name": "Cache", "type": "cache" } ], "reason": "r" } ] } }""", "'Cache' already exists")]
    [InlineData("""{ "problems": { "sample": [ { "op": "addComponents", "components": [ { "name": "X", "type": "app" } ] } ] } }""", "$.problems.sample[0].reason: expected a non-empty string")]
    [InlineData("""{ "problems": { "sample": [ { "op": "rename", "reason": "r" } ] } }""", "$.problems.sample[0].op: expected one of")]
    [InlineData("""{ "problems": { "sample": [ { "op": "addComponents", "components": [ { "name": "X", "type": "app" } ], "reason": "r", "why": "typo" } ] } }""", "$.problems.sample[0].why: expected only op, reason, components")]
    public void A_bad_override_names_its_place(string json, string expected)
    {
        var problems = Parse(Sample).Select(p => RangeBounds.Apply(p)).ToList();

        var e = Assert.Throws<ImportException>(() => OverrideFile.Apply(OverrideFile.Parse(json, "overrides.json"), problems, "overrides.json"));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("overrides.json: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_export_file_is_read_from_disk_and_repaired()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "export.txt");
        File.WriteAllText(path, MisEncode(Sample), new UTF8Encoding(false));
        var problems = Importer.ParseExport(path);
        Assert.Equal("sample", problems[0].Id);
    }
}
