using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SystemDesign.Catalog.Loading;

/// <summary>
/// Writes one problem file (<c>catalog/problems/&lt;category&gt;/&lt;id&gt;.json</c>), the twin of
/// <see cref="ProblemReader"/>: what one writes the other reads back to an equal <see cref="Problem"/>, and writing that
/// again gives the same bytes. The importer writes the catalog through it; docs/catalog.md has the format.
/// </summary>
public static class ProblemWriter
{
    /// <summary>The file content for one problem: UTF-8 without BOM, "\n" line ends, a final newline.</summary>
    /// <param name="problem">The problem; <see cref="Problem.CheapestPassing"/> is not part of its file and is not written.</param>
    /// <returns>The bytes, the same on every machine.</returns>
    public static byte[] Write(Problem problem)
    {
        if (problem is null)
        {
            throw new ArgumentNullException(nameof(problem));
        }

        // The catalog is Markdown-rich text read by people in diffs: the one encoder keeps arrows, quotes and emoji as written.
        return [.. JsonWriting.Write(w => WriteProblem(w, problem)), (byte)'\n'];
    }

    private static void WriteProblem(Utf8JsonWriter w, Problem p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteNumber("number", p.Number);
        w.WriteString("title", p.Title);
        w.WriteString("category", p.Category);
        w.WriteString("difficulty", p.Difficulty);
        w.WriteString("summary", p.Summary);
        w.WriteString("goal", p.Goal);
        w.WriteString("description", p.Description);
        w.WriteStrings("functionalRequirements", p.FunctionalRequirements);
        w.WriteStringPairs("nonFunctionalRequirements", p.NonFunctionalRequirements, "label", n => n.Label, "text", n => n.Text);
        WriteConstants(w, p.Constants);
        w.WriteStrings("palette", p.Palette);
        w.WriteStrings("hints", p.Hints);
        w.WriteObjects("tiers", p.Tiers, (w, tier) =>
        {
            w.WriteString("id", tier.Id);
            w.WriteString("title", tier.Title);
            w.WriteObjects("requirements", tier.Requirements, WriteRequirement);
        });
        WriteSolution(w, p.ReferenceSolution);
        w.WritePropertyName("workload");
        WorkloadWriter.Write(w, p.Workload);
        w.WriteString("narrative", p.Narrative);
        w.WriteStringPairs("corrections", p.Corrections, "field", c => c.Field, "reason", c => c.Reason);

        // Written only where there is one, so the 600-odd problems without keep their files unchanged.
        if (p.InfeasibleTargets.Count > 0)
        {
            w.WriteStringPairs("infeasibleTargets", p.InfeasibleTargets, "gate", t => t.Gate, "reason", t => t.Reason);
        }

        w.WriteEndObject();
    }

    private static void WriteConstants(Utf8JsonWriter w, IReadOnlyList<Constant> constants)
    {
        w.WriteStartObject("constants");
        foreach (var constant in constants)
        {
            w.WritePropertyName(constant.Key);
            var value = constant.Value;
            if (value.Number is { } number)
            {
                w.WriteRawValue(CatalogNumber.Format(number));
            }
            else if (value.Boolean is { } boolean)
            {
                w.WriteBooleanValue(boolean);
            }
            else
            {
                w.WriteStringValue(value.Text);
            }
        }

        w.WriteEndObject();
    }

    private static void WriteRequirement(Utf8JsonWriter w, Requirement r)
    {
        w.WriteString("kind", RequirementKinds.Key(r.Kind));
        w.WriteString("type", r.Type);
        switch (r)
        {
            case MinimumCountRequirement minimum:
                w.WriteNumber("count", minimum.Count);
                break;
            case ParameterRangeRequirement range:
                w.WriteString("parameter", range.Parameter);
                Number(w, "min", range.Min);
                Number(w, "max", range.Max);
                w.WriteString("source", range.Source);
                break;
        }
    }

    private static void WriteSolution(Utf8JsonWriter w, ReferenceSolution? solution)
    {
        if (solution is null)
        {
            w.WriteNull("referenceSolution");
            return;
        }

        w.WriteStartObject("referenceSolution");
        w.WriteString("summary", solution.Summary);
        w.WriteObjects("components", solution.Components, (w, c) =>
        {
            w.WriteString("name", c.Name);
            w.WriteString("type", c.Type);
            // Written only where stated, so the files of the components that state nothing are unchanged.
            Number(w, "workloadShare", c.WorkloadShare, onlyStated: true);
            Number(w, "requestRate", c.RequestRate, onlyStated: true);
        });
        w.WriteStringPairs("connections", solution.Connections, "from", c => c.From, "to", c => c.To);

        // Written only where the summary states one, so the other problems keep their files unchanged.
        if (solution.Replication is { } replication)
        {
            w.WriteStartObject("replication");
            w.WriteString("model", ReplicationModels.Key(replication.Model));
            w.WriteString("source", replication.Source);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// A number as the catalog writes it (<see cref="CatalogNumber.Format"/>), or null; with <paramref name="onlyStated"/>
    /// no member at all for null (a member added later, so the files that state nothing keep their bytes).
    /// </summary>
    internal static void Number(Utf8JsonWriter w, string name, double? value, bool onlyStated = false)
    {
        if (value is not null || !onlyStated)
        {
            w.WritePropertyName(name);
            w.WriteRawValue(value is { } d ? CatalogNumber.Format(d) : "null");
        }
    }
}
