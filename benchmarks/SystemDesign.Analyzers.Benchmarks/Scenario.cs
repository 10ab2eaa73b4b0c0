using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using SystemDesign.Model;

namespace SystemDesign.Analyzers.Benchmarks;

/// <summary>
/// One way of editing one design, edit after edit: the source after edit <c>n</c>, and a check that the analyzer's
/// diagnostics for it are right (a fast wrong answer would be no result).
/// </summary>
internal sealed class Scenario
{
    private Scenario(string name, string what, Func<int, string> source, Func<int, ImmutableArray<Diagnostic>, string?> check)
    {
        Name = name;
        What = what;
        Source = source;
        Check = check;
    }

    public string Name { get; }

    /// <summary>What the edits change, for the printed table.</summary>
    public string What { get; }

    public Func<int, string> Source { get; }

    /// <summary>Null when the diagnostics of edit <c>n</c> are right, else what is wrong.</summary>
    public Func<int, ImmutableArray<Diagnostic>, string?> Check { get; }

    // Declared before All: static fields initialize in text order.
    private static readonly string Megabytes = new('x', 3 * 1024 * 1024);

    public static Scenario[] All { get; } =
    [
        // Every edit sets a count never seen before: the model changes each time, so nothing can be reused.
        new("blog-model", "blog (5 components): App Servers' Instances = 9, 10, 11, … (a new model each edit)",
            n => DesignSources.Blog("PersonalBlog", 9 + n),
            (_, d) => Expect(d, overloaded: false)),

        // A developer trying two values: the model alternates between two states.
        new("blog-toggle", "blog: Instances alternates 2 ↔ 8 (the former unit test's edits)",
            n => DesignSources.Blog("PersonalBlog", n % 2 == 0 ? 2 : 8),
            (n, d) => Expect(d, overloaded: n % 2 == 0)),

        // Typing in a comment above the design: the text and every span after it change, the model does not.
        new("blog-elsewhere", "blog: a comment above the class grows by one character (same model, shifted spans)",
            n => DesignSources.Blog("PersonalBlog", 2, new string('x', 1 + (n % 40))),
            (_, d) => Expect(d, overloaded: true)),

        new("tinyurl-model", "tinyurl (15 components, 3 latency targets): Redirect Service's Instances = 601, 602, …",
            n => DesignSources.Tinyurl("Shortener", 601 + n),
            (_, d) => Expect(d, overloaded: false)),

        new("tinyurl-elsewhere", "tinyurl: a comment above the class grows by one character",
            n => DesignSources.Tinyurl("Shortener", 600, new string('x', 1 + (n % 40))),
            (_, d) => Expect(d, overloaded: false)),

        // Hostile sizes (issue 13): a string of megabytes once cost 40–63 s of CPU per edit (edit distance over it).
        new("hostile-long-name", "blog whose App Servers are named by a 3 MB string; Instances = 9, 10, … (SD0021 at the size limit)",
            n => DesignSources.Blog("PersonalBlog", 9 + n, appName: Megabytes),
            (_, d) => ExpectOnly(d, Rules.NotStaticallyEvaluable.Id)),

        // SD0019 sits on the [Design] argument, outside Describe, and this per-document request does not return it
        // (HostileSizeTests checks it on the whole compilation); the check is that nothing crashes.
        new("hostile-long-id", "blog whose [Design] problem id is a 3 MB string; Instances = 9, 10, … (SD0019 without suggestions)",
            n => DesignSources.Blog("PersonalBlog", 9 + n, problemId: Megabytes),
            (_, d) => d.Any(x => x.Id.StartsWith("AD", StringComparison.Ordinal)) ? string.Join(", ", d) : null),
    ];

    private static string? ExpectOnly(ImmutableArray<Diagnostic> diagnostics, string id) =>
        diagnostics.Count(d => d.Id == id) == 1 && !diagnostics.Any(d => d.Id.StartsWith("AD", StringComparison.Ordinal))
            ? null
            : "expected one " + id + "; got " + string.Join(", ", diagnostics.Select(d => d.Id));

    private static string? Expect(ImmutableArray<Diagnostic> diagnostics, bool overloaded)
    {
        if (diagnostics.FirstOrDefault(d => d.Id.StartsWith("AD", StringComparison.Ordinal) || d.Id == Rules.NotStaticallyEvaluable.Id) is { } failure)
        {
            return failure.ToString();
        }

        var located = diagnostics.FirstOrDefault(d => d.Location.SourceTree?.FilePath != DesignProject.EditedPath);
        if (located is not null)
        {
            return "a diagnostic outside the edited document: " + located;
        }

        var found = diagnostics.FirstOrDefault(d => d.Id == Rules.Overloaded.Id);
        if (found is not null != overloaded)
        {
            return string.Create(CultureInfo.InvariantCulture, $"expected {Rules.Overloaded.Id} {(overloaded ? "reported" : "absent")}; got {string.Join(", ", diagnostics.Select(d => d.Id))}");
        }

        // The squiggle must sit on the edited count, wherever the edit moved it.
        var at = found?.Location.SourceTree?.GetText().ToString(found.Location.SourceSpan);
        return found is null || at == "2" ? null : Rules.Overloaded.Id + " is on '" + at + "', not on the instance count";
    }
}
