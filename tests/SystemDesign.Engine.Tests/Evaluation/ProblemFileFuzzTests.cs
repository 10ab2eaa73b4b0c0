using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using CsCheck;
using SystemDesign.Catalog;
using SystemDesign.Catalog.Loading;
using SystemDesign.TestSupport;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Anything the loader accepts, the engine grades (issue 14): real problem files with one value mutated (numbers to
/// extremes, strings to lone surrogates and control characters, fields deleted) either fail to load with a
/// <see cref="CatalogFormatException"/>, or load and are evaluated against two designs without an exception.
/// </summary>
public sealed class ProblemFileFuzzTests
{
    private const int Mutations = 600;

    // Problems chosen for their variety: tiers of every kind, latency targets, budgets, peaks, connections, constants.
    private static readonly string[] Files =
    {
        "tutorial/tutorial-simple-blog.json",
        "tutorial/tutorial-advanced-chat.json",
        "tutorial/tutorial-intermediate-images.json",
        "caching/basic-web-cache.json",
        "streaming/chat.json",
        "gateway/rate-limiter.json",
        "developer-productivity/l5-developer-productivity-2.json",
        "platform-migration/l5-migration-netflix-microservices.json",
    };

    private static readonly JsonNode?[] ExtremeNumbers =
    {
        0, -1, 1e308, -1e308, 1e-308, 5e-324, 2147483648L, long.MaxValue, 0.5, 1e15, "NaN", "Infinity", "-Infinity", null, true,
        JsonNode.Parse("99999999999999999999999999999999"),
    };

    private static readonly string[] HostileStrings = { "\uD800", "\uDC00x", "a\u0001b", string.Empty, " ", "\u0000", new string('x', 10_000) };

    // Workload figures a file leaves null get a plausible value, so the fuzz mutates every figure the engine reads.
    private static readonly (string Name, double Value)[] Figures =
    {
        ("requestRate", 1000), ("readRatio", 0.9), ("peakMultiplier", 3), ("concurrentConnections", 50_000), ("availabilityTarget", 0.999), ("monthlyBudget", 10_000),
    };

    private static readonly Lazy<(string Name, JsonNode Root)[]> Originals = new(() => Files
        .Select(f => (f, Completed(JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "catalog", "problems", f)))!)))
        .ToArray());

    [Fact]
    public void Every_mutated_problem_file_is_rejected_with_its_place_or_graded()
    {
        // kind 0: delete a field; 1: mutate any value; 2–3: mutate a number (what the engine computes with).
        var gen = Gen.Select(Gen.Int[0, Files.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, 3], Gen.Int[0, int.MaxValue], Gen.Bool);
        var index = 0;
        var rejected = 0;
        var failures = new List<string>();
        foreach (var (file, pick, kind, value, raw) in Seeded.Samples(gen, seed: 14_3, count: Mutations))
        {
            var (name, original) = Originals.Value[file];
            var (json, what) = Mutate(original, pick, kind, value, raw);
            var described = "mutation " + index.ToString(CultureInfo.InvariantCulture) + " of " + name + ": " + what;
            index++;
            Problem problem;
            try
            {
                problem = ProblemReader.Read(json, name);
            }
            catch (CatalogFormatException e)
            {
                Assert.StartsWith(name + ": ", e.Message, StringComparison.Ordinal);
                Assert.True(e.Path.StartsWith('$') || e.Path.StartsWith("line ", StringComparison.Ordinal), e.Message);
                rejected++;
                continue;
            }
            catch (Exception e)
            {
                failures.Add(described + "\n  the loader threw " + e.GetType().Name + " instead of CatalogFormatException: " + e.Message);
                continue;
            }

            try
            {
                Designs.Evaluate(problem, TutorialBlog.WithAppServers(3));
                Designs.Evaluate(problem, Designs.FromReference(problem));
            }
            catch (Exception e)
            {
                failures.Add(described + "\n  loaded, then Evaluate threw " + e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace?.Split('\n')[0]);
            }
        }

        Assert.True(failures.Count == 0, failures.Count.ToString(CultureInfo.InvariantCulture) + " failures:\n" + string.Join("\n", failures.Take(40)));

        // The fuzz reaches both outcomes: a test that only ever rejects (or only loads) would prove little.
        Assert.InRange(rejected, Mutations / 10, Mutations - (Mutations / 10));
    }

    [Theory]
    [InlineData("peakMultiplier", "1e308", "$.workload.peakMultiplier.value")]
    [InlineData("requestRate", "1e308", "$.workload.requestRate.value")]
    [InlineData("readRatio", "1.5", "$.workload.readRatio.value")]
    [InlineData("availabilityTarget", "-0.1", "$.workload.availabilityTarget.value")]
    [InlineData("availabilityTarget", "0", "$.workload.availabilityTarget.value")]
    public void A_workload_figure_the_engine_cannot_use_is_rejected_at_load_with_its_path(string figure, string value, string path)
    {
        var root = Originals.Value[0].Root.DeepClone();
        root["workload"]![figure] = JsonNode.Parse("{\"value\": " + value + ", \"source\": \"test\"}");

        var e = Assert.Throws<CatalogFormatException>(() => ProblemReader.Read(root.ToJsonString(), "blog.json"));

        Assert.Equal(path, e.Path);
        Assert.Matches(" in [\\[(][^,]+, [^\\])]+[\\])]", e.Message);
    }

    [Fact]
    public void A_lone_surrogate_raw_or_escaped_is_a_format_error_not_an_ArgumentException()
    {
        var json = Originals.Value[0].Root.ToJsonString();
        var title = "\"title\":\"";
        var raw = json.Replace(title, title + "\uD800", StringComparison.Ordinal);
        var escaped = json.Replace(title, title + "\\uD800", StringComparison.Ordinal);

        Assert.StartsWith("line 1, column ", Assert.Throws<CatalogFormatException>(() => ProblemReader.Read(raw, "blog.json")).Path, StringComparison.Ordinal);
        Assert.Equal("$.title", Assert.Throws<CatalogFormatException>(() => ProblemReader.Read(escaped, "blog.json")).Path);
    }

    private static JsonNode Completed(JsonNode root)
    {
        var workload = root["workload"]!.AsObject();
        foreach (var (name, value) in Figures)
        {
            if (workload[name] is null)
            {
                workload[name] = new JsonObject { ["value"] = value, ["source"] = "fuzz: a plausible figure" };
            }
        }

        return root;
    }

    /// <summary>One mutation of one value (chosen by <paramref name="pick"/> among every value of the file).</summary>
    private static (string Json, string What) Mutate(JsonNode original, int pick, int kind, int value, bool raw)
    {
        var root = original.DeepClone();
        var places = new List<JsonNode>();
        Collect(root, places);
        if (kind >= 2)
        {
            places.RemoveAll(p => p is not JsonValue v || !v.TryGetValue<double>(out _));
        }

        var target = places[pick % places.Count];
        var path = target.GetPath();
        var parent = target.Parent!;
        string what;
        if (kind == 0 && parent is JsonObject deletable)
        {
            deletable.Remove(((JsonNode)target).GetPropertyName());
            return (root.ToJsonString(), "deleted " + path);
        }

        JsonNode? replacement;
        if (target is JsonValue scalar && scalar.TryGetValue<string>(out _))
        {
            var text = HostileStrings[value % HostileStrings.Length];
            if (raw && text.Length > 0 && char.IsSurrogate(text[0]))
            {
                // A lone surrogate in the text itself (not escaped): what a reader of a corrupt file hands over.
                return (Replace(root, target, "\"__HOSTILE__\"").Replace("__HOSTILE__", text, StringComparison.Ordinal), "raw lone surrogate at " + path);
            }

            replacement = text;
            what = "string → U+" + (text.Length > 0 ? ((int)text[0]).ToString("X4", CultureInfo.InvariantCulture) : "(empty)");
        }
        else
        {
            replacement = ExtremeNumbers[value % ExtremeNumbers.Length]?.DeepClone();
            what = "value → " + (replacement?.ToJsonString() ?? "null");
        }

        return (Replace(root, target, replacement?.ToJsonString() ?? "null"), what + " at " + path);
    }

    private static string Replace(JsonNode root, JsonNode target, string json)
    {
        const string Marker = "__MUTATION_MARKER__";
        switch (target.Parent)
        {
            case JsonObject o:
                o[target.GetPropertyName()] = Marker;
                break;
            case JsonArray a:
                a[target.GetElementIndex()] = Marker;
                break;
        }

        return root.ToJsonString().Replace("\"" + Marker + "\"", json, StringComparison.Ordinal);
    }

    private static void Collect(JsonNode? node, List<JsonNode> places)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var pair in o)
                {
                    if (pair.Value is not null)
                    {
                        places.Add(pair.Value);
                        Collect(pair.Value, places);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        places.Add(item);
                        Collect(item, places);
                    }
                }

                break;
        }
    }
}
