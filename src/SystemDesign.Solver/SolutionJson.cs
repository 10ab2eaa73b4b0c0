using System;
using System.Linq;
using System.Text;
using SystemDesign.Catalog;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Solver;

/// <summary>A solution as JSON: status, cost, each component's count, parameters and reason, the connections.</summary>
public static class SolutionJson
{
    /// <summary>The JSON text, indented, in a stable order.</summary>
    /// <param name="solution">The solution.</param>
    /// <returns>The JSON.</returns>
    public static string Write(Solution solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        return Encoding.UTF8.GetString(JsonWriting.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("problem", solution.ProblemId);
            json.WriteString("status", solution.Status.ToString().ToLowerInvariant());
            json.WriteString("topology", CheapestDesign.Key(solution.Topology.Origin));
            if (solution.Evaluation is { } e)
            {
                json.WriteNumber("monthlyCostUsd", Math.Round(e.MonthlyCostUsd, 2));
            }

            json.WriteNumber("evaluations", solution.Evaluations);
            json.WriteStartArray("components");
            foreach (var p in solution.Parts)
            {
                json.WriteStartObject();
                json.WriteString("name", p.Part.Name);
                json.WriteString("type", p.Part.Type);
                json.WriteNumber("instances", p.Instances);
                json.WriteStartObject("parameters");
                foreach (var kv in p.Parameters.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    json.WriteNumber(kv.Key, kv.Value);
                }

                json.WriteEndObject();
                json.WriteString("why", p.Why);
                if (p.ParameterWhy.Count > 0)
                {
                    json.WriteStartArray("parameterWhy");
                    foreach (var line in p.ParameterWhy)
                    {
                        json.WriteStringValue(line);
                    }

                    json.WriteEndArray();
                }

                json.WriteNumber("monthlyCostUsd", Math.Round(p.MonthlyCostUsd, 2));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("connections");
            foreach (var c in solution.Topology.Connections)
            {
                json.WriteStartObject();
                json.WriteString("from", c.From);
                json.WriteString("to", c.To);
                json.WriteString("kind", c.Kind.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("reasons");
            foreach (var r in solution.Reasons)
            {
                json.WriteStringValue(r);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }));
    }
}
