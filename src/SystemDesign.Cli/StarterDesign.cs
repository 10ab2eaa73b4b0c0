using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Cli;

/// <summary>The starter design's source: doc comment from the problem, the client, and the palette's builder calls.</summary>
internal static class StarterDesign
{
    public static string Source(Problem problem, string name)
    {
        var o = new StringBuilder();
        o.Append("using SystemDesign;\n\nnamespace Designs;\n\n/// <summary>\n");
        Doc(o, problem.Title);
        o.Append("/// </summary>\n/// <remarks>\n");
        Doc(o, "Goal: " + problem.Goal);
        if (problem.Summary.Length > 0)
        {
            Doc(o, problem.Summary);
        }

        foreach (var tier in problem.Tiers)
        {
            Doc(o, tier.Id + " " + tier.Title + ": " + string.Join("; ", tier.Requirements.Select(r => r.Describe())) + ".");
        }

        Doc(o, "Palette: " + string.Join(", ", problem.Palette) + ".");
        o.Append("/// Run 'sysdesign show ").Append(problem.Id).Append("' for the whole statement and workload, 'sysdesign grade .' for the grade.\n")
            .Append("/// </remarks>\n")
            .Append("[Design(\"").Append(problem.Id).Append("\")]\npublic sealed class ").Append(name).Append(" : IDesign\n{\n")
            .Append("    public void Describe(ArchitectureBuilder a)\n    {\n")
            .Append("        var users = a.Client(\"Users\");\n\n")
            .Append("        // The palette, one builder call each; declare what you need, then connect it, e.g. users.Calls(lb):\n");
        foreach (var type in problem.Palette.Where(t => t != ComponentTypes.Client))
        {
            o.Append("        // ").Append(Call(type)).Append('\n');
        }

        o.Append("    }\n}\n");
        return o.ToString();
    }

    // The typed builder method of each well-known type (ComponentTypes.App = "app" ↔ ArchitectureBuilder.App), by name.
    private static readonly Dictionary<string, string> Methods = typeof(ComponentTypes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && typeof(ArchitectureBuilder).GetMethod(f.Name, [typeof(string)]) is not null)
        .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name, StringComparer.Ordinal);

    private static string Call(string type)
    {
        var label = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(type.Replace('_', ' '));
        return Methods.TryGetValue(type, out var method)
            ? $"a.{method}(\"{label}\").Instances(2);"
            : $"a.Component(\"{type}\", \"{label}\").Instances(2);";
    }

    /// <summary>One doc-comment paragraph: XML-escaped, one "///" line per source line.</summary>
    private static void Doc(StringBuilder o, string text)
    {
        var escaped = text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
        o.Append("/// <para>");
        var first = true;
        foreach (var line in escaped.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            o.Append(first ? string.Empty : "/// ").Append(line.TrimEnd()).Append('\n');
            first = false;
        }

        o.Length--;
        o.Append("</para>\n");
    }
}
