using System.Text;

namespace SystemDesign.Cli;

/// <summary>Text in the tool's XML-family output (the HTML report, SVG diagrams): one escaping for both.</summary>
internal static class MarkupText
{
    /// <summary>Text and attribute values: the five characters with a meaning in markup become entities.</summary>
    public static string Escape(string text)
    {
        var o = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            o.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return o.ToString();
    }
}
