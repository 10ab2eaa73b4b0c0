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
            json.WriteObjects("components", solution.Parts, (json, p) =>
            {
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
                    json.WriteStrings("parameterWhy", p.ParameterWhy);
                }

                json.WriteNumber("monthlyCostUsd", Math.Round(p.MonthlyCostUsd, 2));
            });
            json.WriteObjects("connections", solution.Topology.Connections, (json, c) =>
            {
                json.WriteString("from", c.From);
                json.WriteString("to", c.To);
                json.WriteString("kind", c.Kind.ToString());
            });
            json.WriteStrings("reasons", solution.Reasons);
            json.WriteEndObject();
        }));
    }
}
