using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.Msagl.Core.Geometry;
using Microsoft.Msagl.Core.Geometry.Curves;
using Microsoft.Msagl.Core.Layout;
using Microsoft.Msagl.Layout.Layered;
using LayoutEdge = Microsoft.Msagl.Core.Layout.Edge;
using LayoutNode = Microsoft.Msagl.Core.Layout.Node;
using SystemDesign.Engine;

namespace SystemDesign.Cli.Diagrams;

/// <summary>
/// The design as a standalone SVG, laid out by MSAGL's layered (Sugiyama) layout, so no Graphviz is needed. Box sizes
/// come from a fixed per-character width (no font measuring), coordinates are written with one decimal in the
/// invariant culture, and the layout's ordering seed is fixed: the same design gives the same bytes.
/// </summary>
internal static class SvgDiagram
{
    private const double CharWidth = 7.2;
    private const double LineHeight = 16;
    private const double Padding = 10;
    private const double Margin = 20;

    public static string Render(DesignGraph graph)
    {
        var geometry = new GeometryGraph();
        var boxes = new Dictionary<string, LayoutNode>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            var width = (node.Lines.Max(l => l.Length) * CharWidth) + (2 * Padding);
            var height = (node.Lines.Count * LineHeight) + (2 * Padding);
            var box = new LayoutNode(CurveFactory.CreateRectangleWithRoundedCorners(width, height, 6, 6, new Point()), node.Id);
            boxes[node.Id] = box;
            geometry.Nodes.Add(box);
        }

        var arrows = new List<(GraphEdge Edge, LayoutEdge Geometry)>();
        foreach (var edge in graph.Edges)
        {
            var line = new LayoutEdge(boxes[edge.From], boxes[edge.To]) { EdgeGeometry = { TargetArrowhead = new Arrowhead { Length = 8 } } };
            geometry.Edges.Add(line);
            arrows.Add((edge, line));
        }

        var settings = new SugiyamaLayoutSettings { RandomSeedForOrdering = 1, NodeSeparation = 30, LayerSeparation = 50 };
        new LayeredLayout(geometry, settings).Run();
        geometry.UpdateBoundingBox();

        var bounds = geometry.BoundingBox;
        var left = bounds.Left - Margin;
        var top = bounds.Top + Margin; // MSAGL's y grows upwards; SVG's grows downwards
        double X(double x) => x - left;
        double Y(double y) => top - y;

        var o = new StringBuilder();
        o.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(N(bounds.Width + (2 * Margin))).Append("\" height=\"").Append(N(bounds.Height + (2 * Margin)))
            .Append("\" viewBox=\"0 0 ").Append(N(bounds.Width + (2 * Margin))).Append(' ').Append(N(bounds.Height + (2 * Margin)))
            .Append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n")
            .Append("<title>").Append(MarkupText.Escape(graph.Title)).Append("</title>\n")
            .Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#57606a\" /></marker></defs>\n");
        foreach (var (edge, line) in arrows)
        {
            var path = PathOf(line.Curve, X, Y);
            var tip = line.EdgeGeometry.TargetArrowhead?.TipPosition ?? line.Curve.End;
            var dashed = edge.IsDashed;
            o.Append("<path d=\"").Append(path).Append(" L").Append(N(X(tip.X))).Append(',').Append(N(Y(tip.Y)))
                .Append("\" fill=\"none\" stroke=\"#57606a\"").Append(dashed ? " stroke-dasharray=\"5 4\"" : string.Empty).Append(" marker-end=\"url(#arrow)\" />\n");
            var middle = line.Curve[(line.Curve.ParStart + line.Curve.ParEnd) / 2];
            o.Append("<text x=\"").Append(N(X(middle.X) + 4)).Append("\" y=\"").Append(N(Y(middle.Y))).Append("\" fill=\"#57606a\" font-size=\"10\">")
                .Append(MarkupText.Escape(edge.Label)).Append("</text>\n");
        }

        foreach (var node in graph.Nodes)
        {
            var box = boxes[node.Id].BoundingBox;
            o.Append("<g><rect x=\"").Append(N(X(box.Left))).Append("\" y=\"").Append(N(Y(box.Top))).Append("\" width=\"").Append(N(box.Width)).Append("\" height=\"").Append(N(box.Height))
                .Append("\" rx=\"").Append(node.IsQueue ? "0" : "6").Append("\" fill=\"").Append(DesignGraph.Fill(node.Band)).Append("\" stroke=\"#57606a\"")
                .Append(node.OnRequestPath ? string.Empty : " stroke-dasharray=\"4 3\"").Append(" />\n");
            for (var i = 0; i < node.Lines.Count; i++)
            {
                var y = Y(box.Top) + Padding + (LineHeight * (i + 0.75));
                o.Append("<text x=\"").Append(N(X(box.Center.X))).Append("\" y=\"").Append(N(y)).Append("\" text-anchor=\"middle\"")
                    .Append(i == 0 ? " font-weight=\"bold\"" : string.Empty).Append('>').Append(MarkupText.Escape(node.Lines[i])).Append("</text>\n");
            }

            o.Append("</g>\n");
        }

        return o.Append("</svg>\n").ToString();
    }

    /// <summary>An SVG path for an edge curve: lines and cubic Béziers as themselves, any other segment sampled.</summary>
    private static string PathOf(ICurve curve, Func<double, double> x, Func<double, double> y)
    {
        var o = new StringBuilder();
        string P(Point p) => N(x(p.X)) + "," + N(y(p.Y));
        o.Append('M').Append(P(curve.Start));
        var segments = curve is Curve c ? c.Segments : [curve];
        foreach (var segment in segments)
        {
            switch (segment)
            {
                case LineSegment line:
                    o.Append(" L").Append(P(line.End));
                    break;
                case CubicBezierSegment bezier:
                    o.Append(" C").Append(P(bezier.B(1))).Append(' ').Append(P(bezier.B(2))).Append(' ').Append(P(bezier.B(3)));
                    break;
                default:
                    for (var i = 1; i <= 8; i++)
                    {
                        o.Append(" L").Append(P(segment[segment.ParStart + ((segment.ParEnd - segment.ParStart) * i / 8)]));
                    }

                    break;
            }
        }

        return o.ToString();
    }

    private static string N(double value) => NumberText.Decimals(Math.Round(value, 1), 1, grouped: false);
}
