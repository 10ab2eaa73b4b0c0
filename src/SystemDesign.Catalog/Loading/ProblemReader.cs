using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace SystemDesign.Catalog.Loading;

/// <summary>Reads one problem file (<c>catalog/problems/&lt;category&gt;/&lt;id&gt;.json</c>); docs/catalog.md has the format.</summary>
public static class ProblemReader
{
    /// <summary>Reads a problem from JSON text.</summary>
    /// <param name="json">The file's content.</param>
    /// <param name="file">The file name, used in error messages.</param>
    /// <exception cref="CatalogFormatException">The text is not a well-formed problem; the message says where.</exception>
    public static Problem Read(string json, string file)
    {
        using var document = Parse(json, file);
        return ReadProblem(new JsonNode(file, "$", document.RootElement));
    }

    /// <summary>Reads a problem from a UTF-8 stream.</summary>
    public static Problem Read(Stream utf8Json, string file)
    {
        using var reader = new StreamReader(utf8Json, System.Text.Encoding.UTF8);
        return Read(reader.ReadToEnd(), file);
    }

    internal static JsonDocument Parse(string json, string file)
    {
        // The parser transcodes to UTF-8 and throws ArgumentException on a lone surrogate: name the place instead.
        if (LoneSurrogate(json) is { } at)
        {
            throw new CatalogFormatException(file, at, "text of valid Unicode (a lone UTF-16 surrogate cannot be read)");
        }

        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new CatalogFormatException(file, "line " + (e.LineNumber + 1)?.ToString(System.Globalization.CultureInfo.InvariantCulture), "well-formed JSON (" + e.Message + ")");
        }
    }

    /// <summary>"line L, column C" of the first unpaired surrogate in <paramref name="text"/>, or null.</summary>
    internal static string? LoneSurrogate(string text)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return "line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", column " + (i - lineStart + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static Problem ReadProblem(JsonNode root) => new()
    {
        Id = root.Required("id").NonEmptyString(),
        Number = root.Required("number").Int32(),
        Title = root.Required("title").NonEmptyString(),
        Category = root.Required("category").NonEmptyString(),
        Difficulty = root.OptionalString("difficulty"),
        Summary = root.RequiredString("summary"),
        Goal = root.RequiredString("goal"),
        Description = root.RequiredString("description"),
        FunctionalRequirements = root.Array("functionalRequirements", n => n.String()),
        NonFunctionalRequirements = root.Array(
            "nonFunctionalRequirements",
            n => new NonFunctionalRequirement(n.RequiredString("label"), n.RequiredString("text"))),
        Constants = ReadConstants(root.Required("constants")),
        Palette = root.Array("palette", n => n.NonEmptyString()),
        Hints = root.Array("hints", n => n.String()),
        Tiers = root.Array("tiers", ReadTier),
        ReferenceSolution = root.Optional("referenceSolution") is { } solution ? ReadSolution(solution) : null,
        Workload = WorkloadReader.Read(root.Required("workload")),
        Narrative = root.OptionalString("narrative"),
        Corrections = root.Optional("corrections")?.Items(n => new Correction(n.RequiredString("field"), n.RequiredString("reason"))) ?? [],
        InfeasibleTargets = root.Optional("infeasibleTargets")?.Items(n => new InfeasibleTarget(n.RequiredString("gate"), n.RequiredString("reason"))) ?? [],
    };

    private static List<Constant> ReadConstants(JsonNode node) =>
        [.. node.Properties().Select(property => new Constant(property.Key, property.Value.ValueKind switch
        {
            JsonValueKind.Number => ConstantValue.Of(ValueRange.ForConstant(property.Key) is { } range ? property.Value.Number(range) : property.Value.Number()),
            JsonValueKind.True or JsonValueKind.False => ConstantValue.Of(property.Value.Boolean()),
            JsonValueKind.String => ConstantValue.Of(property.Value.String()),
            _ => throw property.Value.Error("a number, a boolean or a string"),
        }))];

    private static Tier ReadTier(JsonNode node) =>
        new(node.Required("id").NonEmptyString(), node.RequiredString("title"), node.Array("requirements", ReadRequirement));

    private static Requirement ReadRequirement(JsonNode node)
    {
        var kind = node.RequiredString("kind");
        var type = node.Required("type").NonEmptyString();
        switch (RequirementKinds.Parse(kind))
        {
            case RequirementKind.MustInclude:
                return new MustIncludeRequirement(type);
            case RequirementKind.ConnectionFrom:
                return new ConnectionFromRequirement(type);
            case RequirementKind.MinimumCount:
                var countNode = node.Required("count");
                var count = countNode.Int32();
                return count < 0 ? throw countNode.Error("a count of zero or more")
                    : ValueRange.MinimumCount.Contains(count) ? new MinimumCountRequirement(type, count)
                    : throw countNode.Error(ValueRange.MinimumCount.Expected);
            case RequirementKind.ParameterRange:
                var min = node.Optional("min")?.Number();
                var max = node.Optional("max")?.Number();
                if (min is { } lo && max is { } hi && lo > hi)
                {
                    throw node.Required("min").Error("min ≤ max");
                }

                return new ParameterRangeRequirement(type, node.Required("parameter").NonEmptyString(), min, max, node.OptionalString("source"));
            default:
                throw node.Required("kind").Error("one of " + RequirementKinds.Listed);
        }
    }

    private static ReferenceSolution ReadSolution(JsonNode node) => new(
        node.RequiredString("summary"),
        node.Array("components", ReadComponent),
        node.Array("connections", c => new ReferenceConnection(c.Required("from").NonEmptyString(), c.Required("to").NonEmptyString())))
    {
        Replication = node.Optional("replication") is { } replication ? ReadReplication(replication) : null,
    };

    private static ReplicationClaim ReadReplication(JsonNode node)
    {
        var model = node.Required("model");
        return new ReplicationClaim(
            ReplicationModels.Parse(model.NonEmptyString()) ?? throw model.Error("one of " + ReplicationModels.Listed),
            node.Required("source").NonEmptyString());
    }

    // A client states its part one way: a share or a rate, like the design knobs (SD0017 for both).
    private static ReferenceComponent ReadComponent(JsonNode c)
    {
        var component = new ReferenceComponent(c.Required("name").NonEmptyString(), c.Required("type").NonEmptyString())
        {
            WorkloadShare = c.Optional("workloadShare")?.Number(ValueRange.ClientShare),
            RequestRate = c.Optional("requestRate")?.Number(ValueRange.ClientRate),
        };
        return component is { WorkloadShare: not null, RequestRate: not null }
            ? throw c.Required("requestRate").Error("workloadShare or requestRate, not both")
            : component;
    }
}
