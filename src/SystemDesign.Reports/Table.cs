using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace SystemDesign.Reports;

/// <summary>How a column's cells line up.</summary>
internal enum Align
{
    /// <summary>Text: padded on the right.</summary>
    Left,

    /// <summary>Numbers: padded on the left, so digits line up.</summary>
    Right,
}

/// <summary>
/// A table of already-formatted cells, written as aligned console columns, a GitHub Markdown table or an HTML table.
/// Cells are written as given: Markdown cells must already be escaped (see <see cref="Markdown"/>).
/// </summary>
internal sealed class Table
{
    private readonly string[] headers;
    private readonly Align[] aligns;
    private readonly List<string[]> rows = new();

    public Table(params (string Header, Align Align)[] columns)
    {
        headers = new string[columns.Length];
        aligns = new Align[columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            headers[i] = columns[i].Header;
            aligns[i] = columns[i].Align;
        }
    }

    /// <summary>A table of left-aligned text columns (the tool's listings).</summary>
    public Table(params string[] headers)
        : this(headers.Select(h => (h, Align.Left)).ToArray())
    {
    }

    public void Add(params string[] cells) => rows.Add(cells);

    /// <summary>The text table unwrapped, for a console: each line ends in <paramref name="output"/>'s own newline.</summary>
    public void WriteText(TextWriter output)
    {
        var text = new StringBuilder();
        WriteText(text, string.Empty, int.MaxValue);
        output.Write(text.Replace("\n", output.NewLine).ToString());
    }

    /// <summary>
    /// Header, a dashed rule, then the rows; two spaces between columns, no trailing spaces. When a row would be
    /// wider than <paramref name="maxWidth"/>, a left-aligned last column (free text such as a source) is wrapped
    /// onto continuation lines under itself.
    /// </summary>
    public void WriteText(StringBuilder output, string indent, int maxWidth)
    {
        var widths = new int[headers.Length];
        for (int i = 0; i < headers.Length; i++)
        {
            widths[i] = headers[i].Length;
            foreach (var row in rows)
            {
                widths[i] = System.Math.Max(widths[i], row[i].Length);
            }
        }

        int last = headers.Length - 1;
        int before = indent.Length + 2 * last;
        for (int i = 0; i < last; i++)
        {
            before += widths[i];
        }

        // Wrap only when enough room is left for the text to stay readable.
        int lastWidth = widths[last];
        bool wrap = aligns[last] == Align.Left && before + widths[last] > maxWidth && maxWidth - before >= 30;
        if (wrap)
        {
            lastWidth = System.Math.Max(headers[last].Length, maxWidth - before);
            widths[last] = lastWidth;
        }

        WriteTextRow(output, indent, headers, widths);
        var rule = new string[headers.Length];
        for (int i = 0; i < rule.Length; i++)
        {
            rule[i] = new string('-', widths[i]);
        }

        WriteTextRow(output, indent, rule, widths);
        foreach (var row in rows)
        {
            if (!wrap)
            {
                WriteTextRow(output, indent, row, widths);
                continue;
            }

            var lines = TextWrap.Lines(row[last], lastWidth, lastWidth);
            var cells = (string[])row.Clone();
            for (int l = 0; l < lines.Count; l++)
            {
                for (int i = 0; i < last; i++)
                {
                    cells[i] = l == 0 ? row[i] : string.Empty;
                }

                cells[last] = lines[l];
                WriteTextRow(output, indent, cells, widths);
            }
        }
    }

    /// <summary>A GitHub table; numeric columns are right-aligned.</summary>
    public void WriteMarkdown(StringBuilder output)
    {
        WriteMarkdownRow(output, headers);
        output.Append('|');
        foreach (var align in aligns)
        {
            output.Append(align == Align.Right ? " ---: |" : " --- |");
        }

        output.Append('\n');
        foreach (var row in rows)
        {
            WriteMarkdownRow(output, row);
        }
    }

    /// <summary>An HTML table; every cell goes through <paramref name="escape"/>, numeric cells get <c>class="num"</c>.</summary>
    public void WriteHtml(StringBuilder output, System.Func<string, string> escape)
    {
        output.Append("<table>\n<tr>");
        foreach (var header in headers)
        {
            output.Append("<th>").Append(escape(header)).Append("</th>");
        }

        output.Append("</tr>\n");
        foreach (var row in rows)
        {
            output.Append("<tr>");
            for (int i = 0; i < row.Length; i++)
            {
                output.Append(aligns[i] == Align.Right ? "<td class=\"num\">" : "<td>").Append(escape(row[i])).Append("</td>");
            }

            output.Append("</tr>\n");
        }

        output.Append("</table>\n");
    }

    private void WriteTextRow(StringBuilder output, string indent, string[] cells, int[] widths)
    {
        var line = new StringBuilder(indent);
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            // A wrapped cell can hold one word longer than its column: it overflows, it is never cut or negative.
            int pad = System.Math.Max(0, widths[i] - cells[i].Length);
            if (aligns[i] == Align.Right)
            {
                line.Append(' ', pad).Append(cells[i]);
            }
            else
            {
                line.Append(cells[i]).Append(' ', pad);
            }
        }

        output.Append(line.ToString().TrimEnd()).Append('\n');
    }

    private static void WriteMarkdownRow(StringBuilder output, string[] cells)
    {
        output.Append('|');
        foreach (var cell in cells)
        {
            output.Append(' ').Append(cell).Append(" |");
        }

        output.Append('\n');
    }
}
