using System.Linq;

namespace SystemDesign.Catalog.Tests;

/// <summary>The component-type registry (catalog/components.json): 334 types, aliases resolved, defaults sourced.</summary>
public sealed class ComponentRegistryTests
{
    private static ComponentRegistry Registry => ProblemCatalog.BuiltIn.Components;

    // Types the project adds to the export's, each with its reason in docs/components.md ("Aliases").
    private static readonly string[] Added = ["analyst_client"];

    [Fact]
    public void Holds_all_334_types_of_the_export()
    {
        var export = Registry.Types.Where(t => !Added.Contains(t.Type, System.StringComparer.Ordinal)).ToArray();
        Assert.Equal(334, export.Length);
        Assert.Equal(334, export.Select(t => t.Type).Distinct(System.StringComparer.Ordinal).Count());
        Assert.Equal(334 + Added.Length, Registry.Types.Count);
    }

    [Fact]
    public void Every_type_the_catalog_uses_is_registered()
    {
        var used = ProblemCatalog.BuiltIn.Problems.SelectMany(p =>
            p.Palette
                .Concat(p.Tiers.SelectMany(t => t.Requirements).Select(r => r.Type))
                .Concat(p.ReferenceSolution?.Components.Select(c => c.Type) ?? []));
        Assert.All(used.Distinct(System.StringComparer.Ordinal), t => Assert.True(Registry.Contains(t), t));
    }

    [Theory]
    [InlineData("redirect_client", "client")]
    [InlineData("create_client", "client")]
    [InlineData("s3", "object_store")]
    [InlineData("storage", "object_store")]
    [InlineData("app", "app")]
    public void Aliases_resolve_to_their_canonical_type(string type, string canonical)
    {
        Assert.Equal(canonical, Registry.Resolve(type)!.CanonicalType);
        Assert.True(Registry.AreSameType(type, canonical));
    }

    [Fact]
    public void Every_type_resolves_to_a_kind_with_sourced_defaults()
    {
        foreach (var entry in Registry.Types)
        {
            var resolved = Registry.Resolve(entry.Type);
            Assert.NotNull(resolved);
            var d = resolved!.Defaults;
            foreach (var figure in new[] { d.CapacityRps, d.ServiceTimeMs, d.Availability, d.HourlyCostUsd, d.CapacityConnections })
            {
                if (figure is not null)
                {
                    Assert.True(figure.Value >= 0, entry.Type);
                    Assert.False(string.IsNullOrWhiteSpace(figure.Source), entry.Type);
                }
            }

            if (d.Availability is { } a)
            {
                Assert.InRange(a.Value, 0.5, 1.0);
            }
        }
    }

    [Fact]
    public void Headroom_is_the_tutorials_twenty_percent()
    {
        Assert.Equal(1.2, Registry.Headroom.Value);
        Assert.Equal(730, Registry.HoursPerMonth.Value);
    }
}
