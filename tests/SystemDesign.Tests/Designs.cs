using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Model;

namespace SystemDesign.Tests;

internal static class Designs
{
    /// <summary>Builds a design from a lambda (tests only; real designs are straight-line code).</summary>
    public static Architecture Build(Action<ArchitectureBuilder> describe)
    {
        var builder = new ArchitectureBuilder();
        describe(builder);
        return builder.Build();
    }

    public static IReadOnlyList<Finding> Validate(Action<ArchitectureBuilder> describe) => Build(describe).Validate();

    public static string[] RuleIdsOf(IEnumerable<Finding> findings) => findings.Select(f => f.RuleId).ToArray();

    /// <summary>A small, correct design: two components and an edge. Rule tests add one mistake to it.</summary>
    public static (AppNode App, DatabaseNode Db) Baseline(ArchitectureBuilder a)
    {
        var app = a.App("App");
        var db = a.DbPrimary("DB");
        app.Writes(db);
        return (app, db);
    }

    public static Finding Single(IReadOnlyList<Finding> findings, string ruleId)
    {
        var matching = findings.Where(f => f.RuleId == ruleId).ToArray();
        Assert.True(
            matching.Length == 1,
            $"Expected exactly one {ruleId}, got: {string.Join(" | ", findings.Select(f => f.ToString()))}");
        return matching[0];
    }
}
