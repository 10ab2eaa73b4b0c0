using System.Linq;
using System.Text;

namespace SystemDesign.Cli.Diagrams;

/// <summary>
/// The design in Graphviz DOT (<c>dot -Tsvg</c>): the same boxes, colours and arrow styles as the Mermaid and SVG output.
/// </summary>
internal static class DotDiagram
{
    public static string Render(DesignGraph graph)
    {
        var o = new StringBuilder();
        o.Append("digraph ").Append(Quote(graph.Title)).Append(" {\n")
            .Append("    rankdir=TB;\n")
            .Append("    node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", color=\"#57606a\"];\n")
            .Append("    edge [fontname=\"Helvetica\", fontsize=10, color=\"#57606a\"];\n");
        foreach (var node in graph.Nodes)
        {
            var style = "rounded,filled" + (node.OnRequestPath ? string.Empty : ",dashed");
            o.Append("    ").Append(node.Id).Append(" [label=").Append(Quote(string.Join("\n", node.Lines)))
                .Append(", fillcolor=\"").Append(DesignGraph.Fill(node.Band)).Append('"')
                .Append(node.IsQueue ? ", shape=cds" : string.Empty)
                .Append(", style=\"").Append(style).Append("\"];\n");
        }

        foreach (var edge in graph.Edges)
        {
            o.Append("    ").Append(edge.From).Append(" -> ").Append(edge.To).Append(" [label=").Append(Quote(edge.Label))
                .Append(edge.IsDashed ? ", style=dashed" : string.Empty)
                .Append("];\n");
        }

        return o.Append("}\n").ToString();
    }

    /// <summary>A DOT string: backslash and quote escaped, line breaks as DOT's centred <c>\n</c>.</summary>
    private static string Quote(string text) => "\"" + string.Concat(text.Select(c => c switch
    {
        '\\' => "\\\\",
        '"' => "\\\"",
        '\n' => "\\n",
        '\r' => string.Empty,
        _ => c.ToString(),
    })) + "\"";
}
