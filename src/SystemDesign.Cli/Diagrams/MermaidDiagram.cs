using System.Linq;
using System.Text;

namespace SystemDesign.Cli.Diagrams;

/// <summary>
/// The design as a Mermaid flowchart (GitHub and most Markdown viewers render it): boxes coloured by utilization,
/// queues as subroutine boxes, off-path components dashed, every arrow labelled with its kind and rate, replication,
/// messaging and arrows that carry nothing dotted.
/// </summary>
internal static class MermaidDiagram
{
    public static string Render(DesignGraph graph)
    {
        var o = new StringBuilder();
        o.Append("flowchart TB\n");
        foreach (var node in graph.Nodes)
        {
            var label = string.Join("<br/>", node.Lines.Select(Escape));
            o.Append("    ").Append(node.Id).Append(node.IsQueue ? "[[\"" : "[\"").Append(label).Append(node.IsQueue ? "\"]]\n" : "\"]\n");
        }

        foreach (var edge in graph.Edges)
        {
            var arrow = edge.IsDashed ? "-.->" : "-->";
            o.Append("    ").Append(edge.From).Append(' ').Append(arrow).Append("|\"").Append(Escape(edge.Label)).Append("\"| ").Append(edge.To).Append('\n');
        }

        foreach (var band in new[] { UtilizationBand.Idle, UtilizationBand.Ok, UtilizationBand.Tight, UtilizationBand.Over })
        {
            o.Append("    classDef ").Append(ClassName(band)).Append(" fill:").Append(DesignGraph.Fill(band)).Append(",stroke:#57606a\n");
        }

        o.Append("    classDef offpath stroke-dasharray:4 3\n");
        foreach (var group in graph.Nodes.GroupBy(n => n.Band).OrderBy(g => g.Key))
        {
            o.Append("    class ").Append(string.Join(',', group.Select(n => n.Id))).Append(' ').Append(ClassName(group.Key)).Append('\n');
        }

        if (graph.Nodes.Where(n => !n.OnRequestPath).Select(n => n.Id).ToArray() is { Length: > 0 } offPath)
        {
            o.Append("    class ").Append(string.Join(',', offPath)).Append(" offpath\n");
        }

        return o.ToString();
    }

    private static string ClassName(UtilizationBand band) => band.ToString().ToLowerInvariant();

    /// <summary>Mermaid's entity codes inside a quoted label: quotes and markup characters cannot appear raw.</summary>
    private static string Escape(string text) => text
        .Replace("&", "#amp;", System.StringComparison.Ordinal)
        .Replace("\"", "#quot;", System.StringComparison.Ordinal)
        .Replace("<", "#lt;", System.StringComparison.Ordinal)
        .Replace(">", "#gt;", System.StringComparison.Ordinal);
}
