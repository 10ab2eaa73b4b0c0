using System;
using System.Collections.Generic;
using SystemDesign.Catalog;

namespace SystemDesign.Importer.Tests;

/// <summary>
/// The replaceText override (issue 8: catalog text written for the old web canvas is adapted for code): the text must
/// occur exactly once in its field, and the correction is recorded with the field it changed.
/// </summary>
public sealed class ReplaceTextTests
{
    private static List<Problem> Apply(string operation)
    {
        var problems = ExportParser.Parse(TextRepair.RepairLines(MalformedInputTests.MisEncode(MalformedInputTests.Sample)));
        OverrideFile.Apply(OverrideFile.Parse($$"""{ "problems": { "sample": [ {{operation}} ] } }""", "overrides.json"), problems, "overrides.json");
        return problems;
    }

    [Fact]
    public void A_description_phrase_is_replaced_and_recorded()
    {
        var problem = Apply("""{ "op": "replaceText", "field": "description", "find": "Desc with", "replace": "Text with", "reason": "canvas" }""")[0];
        Assert.StartsWith("Text with", problem.Description, StringComparison.Ordinal);
        Assert.Equal([new Correction("description", "canvas")], problem.Corrections);
    }

    [Fact]
    public void A_hint_phrase_is_replaced_in_the_one_hint_that_holds_it()
    {
        var problem = Apply("""{ "op": "replaceText", "field": "hints", "find": "Plain hint", "replace": "Code hint", "reason": "canvas" }""")[0];
        Assert.Equal("Code hint", problem.Hints[1]);
        Assert.Equal([new Correction("hints[1]", "canvas")], problem.Corrections);
    }

    [Theory]
    [InlineData("""{ "op": "replaceText", "field": "description", "find": "drag onto the canvas", "replace": "x", "reason": "r" }""", "$.problems.sample[0].find: expected text that occurs once in the description of #1 (sample)")]
    [InlineData("""{ "op": "replaceText", "field": "hints", "find": "i", "replace": "x", "reason": "r" }""", "$.problems.sample[0].find: expected text that occurs once in the hints of #1 (sample)")]
    [InlineData("""{ "op": "replaceText", "field": "goal", "find": "Goal", "replace": "x", "reason": "r" }""", "$.problems.sample[0].field: expected \"description\" or \"hints\"")]
    [InlineData("""{ "op": "replaceText", "field": "description", "find": "Desc", "reason": "r" }""", "$.problems.sample[0].replace: expected a non-empty string")]
    public void A_replacement_that_does_not_fit_names_its_place(string operation, string expected)
    {
        var e = Assert.Throws<ImportException>(() => Apply(operation));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
