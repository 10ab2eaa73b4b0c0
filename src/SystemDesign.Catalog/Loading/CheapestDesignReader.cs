using System.Collections.Generic;

namespace SystemDesign.Catalog.Loading;

/// <summary>Reads <c>catalog/cheapest-designs.json</c>; docs/catalog.md has the format.</summary>
public static class CheapestDesignReader
{
    /// <summary>The cheapest passing design per problem id.</summary>
    /// <exception cref="CatalogFormatException">The text is not well formed; the message says where.</exception>
    public static IReadOnlyDictionary<string, CheapestDesign> Read(string json, string file)
    {
        using var document = ProblemReader.Parse(json, file);
        var root = new JsonNode(file, "$", document.RootElement);
        var byId = new Dictionary<string, CheapestDesign>(System.StringComparer.Ordinal);
        foreach (var entry in root.Array("designs", d => d))
        {
            var id = entry.Required("problem").NonEmptyString();
            var topology = entry.Required("topology").NonEmptyString() switch
            {
                "reference" => TopologyOrigin.Reference,
                "palette" => TopologyOrigin.Palette,
                _ => throw entry.Required("topology").Error("\"reference\" or \"palette\""),
            };

            var design = new CheapestDesign(
                entry.Required("monthlyCostUsd").Number(ValueRange.BudgetUsd),
                topology,
                entry.Required("design").NonEmptyString());
            if (byId.ContainsKey(id))
            {
                throw entry.Required("problem").Error("each problem once");
            }

            byId[id] = design;
        }

        return byId;
    }
}
