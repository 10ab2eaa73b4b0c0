using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Threading.Tasks;
using SystemDesign.Model;
using SystemDesign.TestSupport;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

/// <summary>
/// Every rule page's designs are real: the failing design compiles and the analyzer reports the page's rule on it;
/// the passing design (the page's diff applied to the failing one, or its own code block) compiles without it.
/// </summary>
public sealed class RulePageDesignTests
{
    // Rules no change to the design clears, as their pages say: SD2007 is about the problem (it states no rate), SD3004
    // is cleared by an engine option.
    private static readonly string[] NoDesignClearsIt = [Rules.NoRequestRate.Id, Rules.LatencyNotComputed.Id];

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in Rules.All)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public async Task Failing_design_raises_the_rule_and_passing_design_does_not(string id)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, Rules.Find(id)!.PagePath)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var failing = Blocks(Section(page, "## Failing design"), "csharp").First();
        var passingSection = Section(page, "## Passing design");
        var passing = Blocks(passingSection, "diff").Select(diff => Apply(failing, diff))
            .Concat(Blocks(passingSection, "csharp").Where(code => code.Contains("[Design(", StringComparison.Ordinal)))
            .FirstOrDefault();

        var failingFindings = await FindingsAsync(failing);
        Assert.True(
            failingFindings.Any(f => f.Id == id),
            $"{id}.md: the failing design does not raise {id}; it raises:\n{string.Join("\n", failingFindings.Select(f => f.Id + " " + f.Message))}");

        if (NoDesignClearsIt.Contains(id))
        {
            Assert.Null(passing);
            return;
        }

        Assert.True(passing is not null, $"{id}.md: the passing design has no code (a diff or a csharp block)");
        var passingFindings = await FindingsAsync(passing!);
        Assert.False(
            passingFindings.Any(f => f.Id == id),
            $"{id}.md: the passing design still raises {id}:\n{string.Join("\n", passingFindings.Where(f => f.Id == id).Select(f => f.Message))}");
    }

    // What a user of the page would see: the analyzer's diagnostics, and for a design the analyzer cannot read (SD0021)
    // the findings of grading it at test time, as SystemDesign.Testing does (Describe run, then the engine).
    private static async Task<(string Id, string Message)[]> FindingsAsync(string design)
    {
        var source = "using System;\nusing SystemDesign;\n" + design;
        var findings = (await AnalyzeAsync(source)).Select(d => (d.Id, d.GetMessage(CultureInfo.InvariantCulture))).ToList();
        if (findings.Any(f => f.Id == Rules.NotStaticallyEvaluable.Id))
        {
            findings.AddRange(GradedAtTestTime(source));
        }

        return findings.ToArray();
    }

    private static IEnumerable<(string Id, string Message)> GradedAtTestTime(string source)
    {
        using var image = new MemoryStream();
        var emitted = Compile(new[] { source }, assemblyName: "PageDesign" + Guid.NewGuid().ToString("N")).Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new AssemblyLoadContext("rule-page", isCollectible: true);
        try
        {
            image.Position = 0;
            foreach (var type in context.LoadFromStream(image).GetTypes().Where(t => DesignRunner.GetProblemId(t) is not null))
            {
                var architecture = DesignRunner.Run((IDesign)Activator.CreateInstance(type)!);
                foreach (var finding in Engine.Grader.Grade(DesignRunner.GetProblemId(type)!, architecture).Findings)
                {
                    yield return (finding.RuleId, finding.Message);
                }
            }
        }
        finally
        {
            context.Unload();
        }
    }

    private static string Section(string page, string heading)
    {
        var from = page.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(from >= 0, "no '" + heading + "'");
        var to = page.IndexOf("\n## ", from + heading.Length + 2, StringComparison.Ordinal);
        return to < 0 ? page[from..] : page[from..to];
    }

    private static IEnumerable<string> Blocks(string section, string language)
    {
        var fence = "```" + language + "\n";
        for (var at = section.IndexOf(fence, StringComparison.Ordinal); at >= 0; at = section.IndexOf(fence, at, StringComparison.Ordinal))
        {
            var start = at + fence.Length;
            var end = section.IndexOf("```", start, StringComparison.Ordinal);
            yield return section[start..end];
            at = end + 3;
        }
    }

    // A page's diff names whole lines of the failing design ("- old", "+ new"); each removed line is matched by its
    // trimmed text and replaced, in place, by the added lines that follow it (with the removed line's indentation).
    // Added lines before any removal go where the first removed line was, or, in a diff that only adds, at the end of
    // Describe (before its closing brace, the second-to-last closing brace of the design).
    private static string Apply(string failing, string diff)
    {
        var lines = failing.TrimEnd('\n').Split('\n').ToList();
        var pending = new List<string>();
        var at = -1;
        foreach (var line in diff.Split('\n').Where(l => l.Length > 0))
        {
            var text = line[1..].Trim();
            if (line[0] == '-')
            {
                at = lines.FindIndex(l => l.Trim() == text);
                Assert.True(at >= 0, "the diff removes a line the failing design does not have: " + text);
                lines.RemoveAt(at);
                lines.InsertRange(at, pending);
                at += pending.Count;
                pending.Clear();
            }
            else if (line[0] == '+' && at < 0)
            {
                pending.Add(text);
            }
            else if (line[0] == '+')
            {
                lines.Insert(at++, text);
            }
        }

        if (pending.Count > 0)
        {
            var describeEnd = lines.FindLastIndex(lines.FindLastIndex(l => l.Trim() == "}") - 1, l => l.Trim() == "}");
            lines.InsertRange(describeEnd, pending);
        }

        return string.Join("\n", lines);
    }
}
