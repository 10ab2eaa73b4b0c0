using System.Linq;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Catalog.Tests;

/// <summary>Malformed problem files fail with the file, the JSON path and what was expected.</summary>
public sealed class ProblemReaderTests
{
    internal const string MinimalProblem = """
        {
          "id": "tiny", "number": 1, "title": "Tiny", "category": "tutorial", "difficulty": null,
          "summary": "s", "goal": "g", "description": "d",
          "functionalRequirements": [], "nonFunctionalRequirements": [{ "label": "Latency", "text": "P99 < 200ms" }],
          "constants": { "app_capacity_per_instance": 150, "strict": true, "note": "x" },
          "palette": ["client", "app"], "hints": [],
          "tiers": [{ "id": "T0", "title": "Basic", "requirements": [
            { "kind": "mustInclude", "type": "app" },
            { "kind": "minimumCount", "type": "app", "count": 2 },
            { "kind": "connectionFrom", "type": "client" },
            { "kind": "parameterRange", "type": "cache", "parameter": "hit_rate", "min": 0.9, "max": 1, "source": "constant cache_hit_target" }
          ] }],
          "referenceSolution": null,
          "workload": { "requestRate": { "value": 1000, "source": "NFR" }, "latencyTargets": [], "unparsed": [] },
          "corrections": []
        }
        """;

    [Fact]
    public void Reads_a_well_formed_problem()
    {
        var p = ProblemReader.Read(MinimalProblem, "tiny.json");
        Assert.Equal("tiny", p.Id);
        Assert.Equal(150, p.NumberConstant("app_capacity_per_instance"));
        Assert.True(p.Constants[1].Value.Boolean);
        Assert.Equal("x", p.Constants[2].Value.Text);
        Assert.Equal(
            ["Must include: app", "Minimum 2 of type: app", "Must have connection from: client", "Parameter range check: cache.hit_rate in [0.9, 1]"],
            p.Tiers[0].Requirements.Select(r => r.Describe()));
        Assert.Equal(1000, p.Workload.RequestRate!.Value);
    }

    [Theory]
    [InlineData("\"count\": 2", "\"count\": -2", "$.tiers[0].requirements[1].count", "a count of zero or more")]
    [InlineData("\"count\": 2", "\"count\": \"two\"", "$.tiers[0].requirements[1].count", "a whole number")]
    [InlineData("\"kind\": \"mustInclude\"", "\"kind\": \"mustBe\"", "$.tiers[0].requirements[0].kind", "one of mustInclude")]
    [InlineData("\"id\": \"tiny\", ", "", "$.id", "the field is missing")]
    [InlineData("\"palette\": [\"client\", \"app\"]", "\"palette\": \"client\"", "$.palette", "an array")]
    [InlineData("\"value\": 1000", "\"value\": null", "$.workload.requestRate.value", "a finite number")]
    [InlineData("\"count\": 2", "\"count\": 2147483647", "$.tiers[0].requirements[1].count", "a count of instances in [0, 1,000,000]")]
    [InlineData("\"value\": 1000", "\"value\": 1e308", "$.workload.requestRate.value", "a request rate in req/s in [0, 1,000,000,000,000]")]
    [InlineData("\"latencyTargets\": []", "\"latencyTargets\": [{ \"percentile\": 0, \"milliseconds\": 5, \"source\": \"s\" }]", "$.workload.latencyTargets[0].percentile", "a percentile in (0, 100)")]
    [InlineData("\"latencyTargets\": []", "\"latencyTargets\": [{ \"percentile\": 100, \"milliseconds\": 5, \"source\": \"s\" }]", "$.workload.latencyTargets[0].percentile", "a percentile in (0, 100)")]
    [InlineData("\"latencyTargets\": []", "\"latencyTargets\": [{ \"milliseconds\": -5, \"source\": \"s\" }]", "$.workload.latencyTargets[0].milliseconds", "a latency in milliseconds in (0, 1,000,000,000]")]
    [InlineData("\"latencyTargets\": []", "\"latencyTargets\": [{ \"milliseconds\": 5, \"appliesTo\": \"creates\", \"source\": \"s\" }]", "$.workload.latencyTargets[0].appliesTo", "one of all, other objective, condition, cache misses, cache hits, cross-region, reads, writes, operation")]
    [InlineData("\"latencyTargets\": []", "\"latencyTargets\": [], \"peakMultiplier\": { \"value\": 0.5, \"source\": \"s\" }", "$.workload.peakMultiplier.value", "a peak as a multiple of the target rate in [1, 10,000]")]
    [InlineData("\"latencyTargets\": []", "\"latencyTargets\": [], \"monthlyBudget\": { \"value\": 1e300, \"source\": \"s\" }", "$.workload.monthlyBudget.value", "a monthly budget in USD in [0, 1,000,000,000,000,000]")]
    [InlineData("\"app_capacity_per_instance\": 150", "\"app_capacity_per_instance\": 0", "$.constants.app_capacity_per_instance", "a capacity per instance in (0, 1,000,000,000,000]")]
    [InlineData("\"app_capacity_per_instance\": 150", "\"app_capacity_per_instance\": 150, \"cache_hit_rate\": 1.5", "$.constants.cache_hit_rate", "a fraction in [0, 1]")]
    [InlineData("\"referenceSolution\": null", "\"referenceSolution\": { \"summary\": \"s\", \"components\": [{ \"name\": \"Web\", \"type\": \"client\", \"workloadShare\": 0 }], \"connections\": [] }", "$.referenceSolution.components[0].workloadShare", "a client's share of its role's requests in (0, 1]")]
    [InlineData("\"referenceSolution\": null", "\"referenceSolution\": { \"summary\": \"s\", \"components\": [{ \"name\": \"Web\", \"type\": \"client\", \"workloadShare\": 0.5, \"requestRate\": 10 }], \"connections\": [] }", "$.referenceSolution.components[0].requestRate", "workloadShare or requestRate, not both")]
    public void A_malformed_field_is_named_with_what_was_expected(string good, string bad, string path, string expected)
    {
        var json = MinimalProblem.Replace(good, bad, System.StringComparison.Ordinal);
        var e = Assert.Throws<CatalogFormatException>(() => ProblemReader.Read(json, "problems/tutorial/tiny.json"));
        Assert.Equal("problems/tutorial/tiny.json", e.File);
        Assert.Equal(path, e.Path);
        Assert.Contains(expected, e.Message, System.StringComparison.Ordinal);
        Assert.StartsWith("problems/tutorial/tiny.json: " + path + ": expected", e.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"headroom\": { \"value\": 1.2", "\"headroom\": { \"value\": 0.5", "$.headroom.value")]
    [InlineData("\"availability\": { \"value\": 0.999", "\"availability\": { \"value\": 2", "$.types[0].defaults.availability.value")]
    [InlineData("\"capacityRps\": { \"value\": 150", "\"capacityRps\": { \"value\": 0", "$.kinds[0].defaults.capacityRps.value")]
    public void A_registry_figure_the_engine_cannot_use_is_named_with_its_range(string good, string bad, string path)
    {
        const string Registry = """
            {
              "headroom": { "value": 1.2, "source": "s" }, "hoursPerMonth": { "value": 730, "source": "s" },
              "kinds": [{ "kind": "compute", "defaults": { "capacityRps": { "value": 150, "source": "s" } } }],
              "types": [{ "type": "app", "kind": "compute", "defaults": { "availability": { "value": 0.999, "source": "s" } } }]
            }
            """;
        Assert.NotNull(RegistryReader.Read(Registry, "components.json"));
        var e = Assert.Throws<CatalogFormatException>(() => RegistryReader.Read(Registry.Replace(good, bad, System.StringComparison.Ordinal), "components.json"));
        Assert.Equal(path, e.Path);
        Assert.Contains(" in ", e.Expected, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_json_names_the_line()
    {
        var e = Assert.Throws<CatalogFormatException>(() => ProblemReader.Read("{\n\"id\": ", "bad.json"));
        Assert.Equal("bad.json", e.File);
        Assert.Contains("well-formed JSON", e.Message, System.StringComparison.Ordinal);
    }
}
