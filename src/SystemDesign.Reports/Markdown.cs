using System.Text;

namespace SystemDesign.Reports;

/// <summary>Escaping for text placed in GitHub Markdown, inside or outside table cells.</summary>
internal static class Markdown
{
    /// <summary>
    /// Escapes the characters that would otherwise format (emphasis, code, links, HTML, strikethrough, math)
    /// or end a table cell; newlines become <c>&lt;br&gt;</c>. An underscore inside a word is left alone, since
    /// GitHub never reads it as emphasis (<c>read_qps</c> stays readable in the source).
    /// </summary>
    public static string Escape(string text)
    {
        var output = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\\' or '`' or '*' or '[' or ']' or '<' or '>' or '|' or '~' or '$':
                    output.Append('\\').Append(c);
                    break;
                case '_':
                    bool inWord = i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
                    output.Append(inWord ? "_" : "\\_");
                    break;
                case '\r':
                    break;
                case '\n':
                    output.Append("<br>");
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        return output.ToString();
    }

    /// <summary>A code span, e.g. for types, kinds and rule ids; pipes are escaped so it can sit in a table.</summary>
    public static string Code(string text) =>
        text.Length == 0 || text.IndexOf('`') >= 0 || text.IndexOf('\n') >= 0
            ? Escape(text)
            : "`" + text.Replace("|", "\\|") + "`";
}
