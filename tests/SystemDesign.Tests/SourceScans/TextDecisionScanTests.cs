using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SystemDesign.Tests.SourceScans;

/// <summary>
/// Issue 7: no code path reads a message or a provenance string to decide anything. A search in such a text (Contains,
/// StartsWith, EndsWith, IndexOf, LastIndexOf, Split, a Regex over it, or an equality with a literal) outside the importer, which normalises text into typed
/// catalog fields once, fails here naming the file and line. A typed field is the fix: an origin on the figure, a part
/// of the message the rule's builder owns, a catalog field the importer fills.
/// </summary>
public sealed class TextDecisionScanTests
{
    /// <summary>Members that hold text for people: messages, sources and provenance, summaries, descriptions, clauses.</summary>
    private static readonly HashSet<string> TextMembers = new(StringComparer.Ordinal)
    {
        "Message", "Source", "Summary", "Description", "Provenance", "Clause", "Text", "Narrative", "Reason",
    };

    private static readonly HashSet<string> Searches = new(StringComparer.Ordinal)
    {
        "Contains", "StartsWith", "EndsWith", "IndexOf", "LastIndexOf", "IndexOfAny", "Split",
    };

    private static readonly HashSet<string> RegexCalls = new(StringComparer.Ordinal)
    {
        "IsMatch", "Match", "Matches",
    };

    /// <summary>
    /// Searches that are allowed, each with why: the path and the searched expression. The importer (tools/) reads the
    /// export's text by design and is not scanned for this rule.
    /// </summary>
    private static readonly (string Path, string Expression, string Why)[] Allowed =
    [
        ("src/SystemDesign.Cli/Grading/SubmissionRunner.cs", "cause.Message",
            "an exception's message is split into one line to print it; nothing is decided by it"),
    ];

    [Fact]
    public void No_code_outside_the_importer_searches_a_message_or_provenance_text()
    {
        var found = new List<string>();
        foreach (var (path, tree) in SourceFiles.All.Where(f => !f.Path.StartsWith("tools/", StringComparison.Ordinal)))
        {
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                foreach (var searched in Decided(node))
                {
                    if (!Allowed.Any(a => a.Path == path && a.Expression == searched.ToString()))
                    {
                        found.Add(SourceFiles.Describe(path, node));
                    }
                }
            }
        }

        Assert.True(found.Count == 0, "Decided by searching a text for people (make the fact a typed field instead):\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_scan_finds_the_shapes_it_is_for()
    {
        // The shapes issue 7 removed, so the scan is shown to catch them: a source prefix, a summary's word, a
        // message's remedy, and a regex over a clause.
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("""
            class C
            {
                bool A(F used) => used.Source.StartsWith("registry ");
                bool B(P p) => p.ReferenceSolution?.Summary is { } s && s.Contains("Raft");
                bool C2(P p) => p.ReferenceSolution!.Summary.Contains("Paxos");
                int D(Finding f) => f.Message.LastIndexOf(", or ");
                bool E(T t) => System.Text.RegularExpressions.Regex.IsMatch(t.Clause, "reads");
                bool G(Finding f) => f?.Message.EndsWith(".") == true;
                bool H(string text) => text.Contains("x");
                bool I(F figure) => string.Equals(figure.Source, "design", System.StringComparison.Ordinal);
                bool J(F figure) => figure.Source == "design" || figure.Source == other;
                bool K(F figure) => figure.Source is "design";
            }
            """);
        var searched = tree.GetRoot().DescendantNodes().SelectMany(Decided).Select(e => e.ToString()).ToList();

        // B searches a local copied from a summary: out of a syntax scan's reach, listed here so the limit is known.
        Assert.Equal(["used.Source", "p.ReferenceSolution!.Summary", "f.Message", "t.Clause", ".Message", "figure.Source", "figure.Source", "figure.Source"], searched);
    }

    /// <summary>The text expressions <paramref name="node"/> decides by: a search, a regex, or an equality with a literal.</summary>
    private static IEnumerable<ExpressionSyntax> Decided(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax call => SearchedTexts(call).Concat(ComparedByEquals(call)),
        BinaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.EqualsExpression or (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.NotEqualsExpression } b
            => new[] { (b.Left, b.Right), (b.Right, b.Left) }.Where(p => IsTextMember(p.Item1) && IsStringLiteral(p.Item2)).Select(p => p.Item1),
        IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax constant } pattern when IsTextMember(pattern.Expression) && IsStringLiteral(constant.Expression)
            => [pattern.Expression],
        _ => [],
    };

    // string.Equals(x.Source, "design", ...): a text member against a literal.
    private static IEnumerable<ExpressionSyntax> ComparedByEquals(InvocationExpressionSyntax call)
    {
        if (call.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Equals" })
        {
            return [];
        }

        var arguments = call.ArgumentList.Arguments.Select(a => a.Expression).ToList();
        return arguments.Any(IsStringLiteral) ? arguments.Where(IsTextMember) : [];
    }

    private static bool IsStringLiteral(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression };

    /// <summary>The text expressions <paramref name="call"/> searches: its receiver, or a regex call's text argument.</summary>
    private static IEnumerable<ExpressionSyntax> SearchedTexts(InvocationExpressionSyntax call)
    {
        var (receiver, name) = call.Expression switch
        {
            MemberAccessExpressionSyntax m => (m.Expression, m.Name.Identifier.ValueText),
            MemberBindingExpressionSyntax b => (call.Parent is ConditionalAccessExpressionSyntax c ? c.Expression : null, b.Name.Identifier.ValueText),
            _ => ((ExpressionSyntax?)null, (string?)null),
        };

        if (name is null)
        {
            yield break;
        }

        if (Searches.Contains(name) && receiver is not null && IsTextMember(receiver))
        {
            yield return receiver;
        }

        if (RegexCalls.Contains(name) && IsRegex(receiver))
        {
            foreach (var argument in call.ArgumentList.Arguments.Where(a => IsTextMember(a.Expression)))
            {
                yield return argument.Expression;
            }
        }
    }

    // "x.Message", "x?.Message", "Message": the last name of the expression is one of the text members.
    private static bool IsTextMember(ExpressionSyntax expression) => LastName(expression) is { } last && TextMembers.Contains(last);

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax b => b.Name.Identifier.ValueText,
        ConditionalAccessExpressionSyntax c => LastName(c.WhenNotNull),
        PostfixUnaryExpressionSyntax p => LastName(p.Operand),
        ParenthesizedExpressionSyntax p => LastName(p.Expression),
        IdentifierNameSyntax i => i.Identifier.ValueText,
        _ => null,
    };

    // Regex.IsMatch(text, ...) or a pattern field's Pattern().IsMatch(text) / Words.IsMatch(text).
    private static bool IsRegex(ExpressionSyntax? receiver) => receiver switch
    {
        null => false,
        IdentifierNameSyntax { Identifier.ValueText: "Regex" } => true,
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Regex" } => true,
        _ => true, // an instance regex: any receiver of IsMatch/Match/Matches; its argument decides whether it reads a text member
    };
}
