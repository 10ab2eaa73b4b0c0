using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SystemDesign.Tests.SourceScans;

/// <summary>
/// Issue 7: one JSON encoder. Every JSON file or document we write (catalog problems, reports, the tool's and the
/// solver's JSON) goes through the catalog's <c>JsonWriting</c> with <c>ReadableJsonEncoder</c>; writer options or a
/// built-in encoder anywhere else fails here naming the file and line.
/// </summary>
public sealed class JsonWritingScanTests
{
    private static readonly string[] Owners =
    [
        "src/SystemDesign.Catalog/Loading/JsonWriting.cs",
        "src/SystemDesign.Catalog/Loading/ReadableJsonEncoder.cs",
    ];

    [Fact]
    public void Only_JsonWriting_sets_writer_options_or_an_encoder()
    {
        var found = new List<string>();
        foreach (var (path, tree) in SourceFiles.All.Where(f => !Owners.Contains(f.Path)))
        {
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var offends = node switch
                {
                    ObjectCreationExpressionSyntax { Type: var type } => type.ToString().EndsWith("JsonWriterOptions", StringComparison.Ordinal),
                    MemberAccessExpressionSyntax { Expression: var receiver } => receiver.ToString().EndsWith("JavaScriptEncoder", StringComparison.Ordinal),
                    _ => false,
                };
                if (offends)
                {
                    found.Add(SourceFiles.Describe(path, node));
                }
            }
        }

        Assert.True(found.Count == 0, "JSON written with its own settings (use JsonWriting.Write or JsonWriting.Options):\n" + string.Join("\n", found));
    }
}
