using System.Linq;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Catalog.Tests;

/// <summary>
/// Issue 9, "Figures a grade can rest on": the registry says which types' inherited figures are placeholders
/// (<c>"figures": "placeholder"</c>, docs/components.md) and which figures of such a type are its own, sourced ones.
/// </summary>
public sealed class PlaceholderFigureTests
{
    private static ComponentRegistry Registry => ProblemCatalog.BuiltIn.Components;

    private const string Small = """
        {
          "headroom": { "value": 1.2, "source": "s" }, "hoursPerMonth": { "value": 730, "source": "s" },
          "kinds": [
            { "kind": "client" },
            { "kind": "worker", "defaults": { "capacityRps": { "value": 1000, "source": "k" }, "hourlyCostUsd": { "value": 0.096, "source": "k" } } }
          ],
          "types": [
            { "type": "client", "kind": "client" },
            { "type": "qpu", "kind": "worker", "figures": "placeholder", "defaults": { "hourlyCostUsd": { "value": 1.6, "source": "own" } } },
            { "type": "qpu2", "aliasOf": "qpu" },
            { "type": "worker", "kind": "worker" }
          ]
        }
        """;

    [Fact]
    public void A_placeholder_type_marks_the_figures_it_inherits_and_not_its_own()
    {
        var registry = RegistryReader.Read(Small, "components.json");
        var qpu = registry.Resolve("qpu")!.Placeholders;
        Assert.Equal(1000, qpu.CapacityRps!.Value);
        Assert.Null(qpu.HourlyCostUsd); // its own, sourced price
        Assert.Equal(1000, registry.Resolve("qpu2")!.Placeholders.CapacityRps!.Value); // an alias takes its target's mark
        Assert.Null(registry.Resolve("worker")!.Placeholders.CapacityRps);
    }

    [Fact]
    public void An_unknown_word_is_named_with_the_choices()
    {
        var e = Assert.Throws<CatalogFormatException>(() =>
            RegistryReader.Read(Small.Replace("\"placeholder\"", "\"guessed\"", System.StringComparison.Ordinal), "components.json"));
        Assert.Equal("$.types[1].figures", e.Path);
        Assert.Contains("\"sourced\" or \"placeholder\"", e.Expected, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Neither_an_alias_nor_a_client_may_be_marked()
    {
        var registry = RegistryReader.Read(
            Small.Replace("{ \"type\": \"qpu2\", \"aliasOf\": \"qpu\" }", "{ \"type\": \"qpu2\", \"aliasOf\": \"qpu\", \"figures\": \"placeholder\" }", System.StringComparison.Ordinal)
                .Replace("{ \"type\": \"client\", \"kind\": \"client\" }", "{ \"type\": \"client\", \"kind\": \"client\", \"figures\": \"placeholder\" }", System.StringComparison.Ordinal),
            "components.json");

        var issues = CatalogValidator.Validate([], registry).Select(i => i.Message).ToArray();

        Assert.Contains("type 'client' states \"figures\": \"placeholder\" but is a client, whose figures hold by definition; remove it", issues);
        Assert.Contains("type 'qpu2' states \"figures\": \"placeholder\" but is an alias, which takes its target's mark; remove it", issues);
    }

    [Fact]
    public void The_built_in_registry_marks_exotic_types_and_keeps_the_archetypes_sourced()
    {
        var marked = Registry.Types.Where(t => t.PlaceholderFigures).Select(t => t.Type).ToArray();
        Assert.Equal(173, marked.Length); // docs/components.md, "Placeholder figures"
        Assert.Contains("quantum_processor", marked);
        Assert.Contains("pressure_vessel", marked);
        Assert.NotNull(Registry.Resolve("quantum_processor")!.Placeholders.CapacityRps);
        Assert.Null(Registry.Resolve("gpu_cluster")!.Placeholders.HourlyCostUsd); // its sourced p4d-class price
        foreach (var sourced in new[] { "app", "redis", "cassandra", "kafka", "cdn", "lb", "worker" })
        {
            Assert.Equal(ComponentDefaults.None, Registry.Resolve(sourced)!.Placeholders);
        }
    }
}
