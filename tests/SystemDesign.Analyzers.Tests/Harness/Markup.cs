using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SystemDesign.Analyzers.Tests.Harness;

/// <summary>An expected diagnostic: a rule id over a span of the plain source.</summary>
public sealed record ExpectedDiagnostic(string Id, TextSpan Span);

/// <summary>
/// The Microsoft.CodeAnalysis.Testing markup subset we use: <c>{|SD1002:8|}</c> marks <c>8</c> with SD1002; marks nest,
/// so <c>{|SD2001:{|SD1002:2|}|}</c> expects both ids on <c>2</c>.
/// </summary>
public static class Markup
{
    public static (string Source, IReadOnlyList<ExpectedDiagnostic> Expected) Parse(string markup)
    {
        var source = new StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        var open = new Stack<(string Id, int Start)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                var colon = markup.IndexOf(':', i + 2);
                open.Push((markup.Substring(i + 2, colon - i - 2), source.Length));
                i = colon;
            }
            else if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == '}' && open.Count > 0)
            {
                var (id, start) = open.Pop();
                expected.Add(new ExpectedDiagnostic(id, TextSpan.FromBounds(start, source.Length)));
                i++;
            }
            else
            {
                source.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new System.ArgumentException("Unclosed markup {|" + open.Peek().Id + ":", nameof(markup));
        }

        return (source.ToString(), expected);
    }
}
