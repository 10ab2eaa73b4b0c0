using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SystemDesign.Tests.SourceScans;

/// <summary>
/// Issue 7: one number formatter per layer the references allow. A numeric format string ("N0", "#,0.##", "R", "0.000",
/// "{0:R}", <c>$"{x:N0}"</c>) anywhere else fails here naming the file and line: call the layer's formatter instead.
/// </summary>
public sealed class NumberFormatScanTests
{
    /// <summary>
    /// The formatters, one per layer: the engine's (seen by the engine, reports, solver, tool, analyzers and code fixes),
    /// the catalog's (seen by the catalog, the generator, which runs in the compiler without the engine, and the
    /// importer), and the design API's (which references nothing).
    /// </summary>
    private static readonly string[] Formatters =
    [
        "src/SystemDesign.Engine/NumberText.cs",
        "src/SystemDesign.Catalog/Loading/CatalogNumber.cs",
        "src/SystemDesign/Model/ModelNumbers.cs",
    ];

    /// <summary>Format strings that are not a number's display, each with why.</summary>
    private static readonly (string Path, string Format, string Why)[] Allowed =
    [
        ("tools/SystemDesign.Importer/CatalogWriter.cs", "N", "a Guid's 32-digit form for a temporary folder's name, not a number"),
    ];

    // Standard numeric formats (N0, R, G15, F3, E2, P1, C) and custom ones made of 0 # , . E and literal text.
    private static readonly Regex NumericFormat = new(@"^(?:[NnRrGgFfEePpCcDd]\d*|[0#][0#,.]*(?:E[+-]?0+)?.*|#,.*)$", RegexOptions.CultureInvariant);

    // {0:R} or {1:N0} inside a composite format string.
    private static readonly Regex CompositeItem = new(@"\{\d+(?:,-?\d+)?:([^}]+)\}", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_number_is_formatted_by_its_layers_formatter()
    {
        var found = new List<string>();
        foreach (var (path, tree) in SourceFiles.All.Where(f => !Formatters.Contains(f.Path)))
        {
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                foreach (var format in Formats(node).Where(f => NumericFormat.IsMatch(f) && !Allowed.Any(a => a.Path == path && a.Format == f)))
                {
                    found.Add(SourceFiles.Describe(path, node is InterpolationFormatClauseSyntax ? node.Parent!.Parent! : node) + "  (format \"" + format + "\")");
                }
            }
        }

        Assert.True(found.Count == 0, "Ad-hoc number formats (use NumberText, CatalogNumber or ModelNumbers):\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_scan_finds_the_shapes_it_is_for()
    {
        var tree = CSharpSyntaxTree.ParseText("""
            class C
            {
                string A(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
                string B(double d) => d.ToString("#,0.##", CultureInfo.InvariantCulture);
                string C2(double d) => string.Format(CultureInfo.InvariantCulture, "was {0:R}.", d);
                string D(double d) => FormattableString.Invariant($"{d:0.000} s");
                string E(int c) => ((int)c).ToString("x4", CultureInfo.InvariantCulture);
                string F(int n) => n.ToString(CultureInfo.InvariantCulture);
            }
            """);

        var formats = tree.GetRoot().DescendantNodes().SelectMany(Formats).Where(f => NumericFormat.IsMatch(f)).ToList();

        // A hex escape ("x4") is not a number's display; a plain ToString(culture) has no format to disagree on.
        Assert.Equal(["N0", "#,0.##", "R", "0.000"], formats);
    }

    /// <summary>The format strings <paramref name="node"/> passes: ToString's literal, a composite string's items, an interpolation's clause.</summary>
    private static IEnumerable<string> Formats(SyntaxNode node)
    {
        switch (node)
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString" } } call
                when call.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax literal
                     && literal.IsKind(SyntaxKind.StringLiteralExpression):
                yield return literal.Token.ValueText;
                break;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Format" or "AppendFormat" } } composite:
                foreach (var argument in composite.ArgumentList.Arguments)
                {
                    if (argument.Expression is LiteralExpressionSyntax text && text.IsKind(SyntaxKind.StringLiteralExpression))
                    {
                        foreach (Match item in CompositeItem.Matches(text.Token.ValueText))
                        {
                            yield return item.Groups[1].Value;
                        }
                    }
                }

                break;
            case InterpolationFormatClauseSyntax clause:
                yield return clause.FormatStringToken.ValueText;
                break;
        }
    }
}
