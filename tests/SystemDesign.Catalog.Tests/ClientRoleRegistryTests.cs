using System.Linq;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Catalog.Tests;

/// <summary>
/// Issue 8: a client type's role (<c>"emits"</c>) lives in catalog/components.json, an alias inherits its target's,
/// only clients may state one, and tier matching keeps an alias's identity (<see cref="ComponentRegistry.Meets"/>).
/// </summary>
public sealed class ClientRoleRegistryTests
{
    private static ComponentRegistry Registry => ProblemCatalog.BuiltIn.Components;

    private const string Small = """
        {
          "headroom": { "value": 1.2, "source": "s" }, "hoursPerMonth": { "value": 730, "source": "s" },
          "kinds": [{ "kind": "client" }, { "kind": "compute" }],
          "types": [
            { "type": "app", "kind": "compute" },
            { "type": "client", "kind": "client" },
            { "type": "writer", "aliasOf": "client", "emits": "writes" }
          ]
        }
        """;

    [Theory]
    [InlineData("client", ClientRole.All)]
    [InlineData("redirect_client", ClientRole.Reads)]
    [InlineData("create_client", ClientRole.Writes)]
    [InlineData("analyst_client", ClientRole.Queries)]
    [InlineData("app", ClientRole.All)]
    public void The_built_in_client_types_state_their_role(string type, ClientRole role) =>
        Assert.Equal(role, Registry.Resolve(type)!.Emits);

    [Fact]
    public void A_role_is_read_from_the_registry_and_an_unknown_word_is_named_with_the_choices()
    {
        Assert.Equal(ClientRole.Writes, RegistryReader.Read(Small, "components.json").Resolve("writer")!.Emits);

        var e = Assert.Throws<CatalogFormatException>(() =>
            RegistryReader.Read(Small.Replace("\"writes\"", "\"creates\"", System.StringComparison.Ordinal), "components.json"));
        Assert.Equal("$.types[2].emits", e.Path);
        Assert.Contains("\"reads\" or \"writes\"", e.Expected, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ClientRole.All, true, true, true)]
    [InlineData(ClientRole.Reads, true, false, true)]
    [InlineData(ClientRole.Writes, false, true, true)]
    [InlineData(ClientRole.Queries, true, false, false)]
    public void A_role_names_the_classes_it_sends_and_whether_it_takes_an_unclaimed_one(ClientRole role, bool reads, bool writes, bool unclaimed)
    {
        Assert.Equal(reads, role.EmitsReads());
        Assert.Equal(writes, role.EmitsWrites());
        Assert.Equal(unclaimed, role.TakesUnclaimedClass());
        Assert.Equal(role, ClientRoles.Parse(role.Name()));
    }

    [Fact]
    public void Only_a_client_type_may_state_a_role()
    {
        var registry = RegistryReader.Read(
            Small.Replace("{ \"type\": \"app\", \"kind\": \"compute\" }", "{ \"type\": \"app\", \"kind\": \"compute\", \"emits\": \"reads\" }", System.StringComparison.Ordinal),
            "components.json");

        var issues = CatalogValidator.Validate([], registry);

        Assert.Equal("type 'app' states \"emits\": \"reads\" but is not a client: only a client type emits a share of the workload; remove it", Assert.Single(issues).Message);
    }

    [Theory]
    [InlineData("create_client", "create_client", true)]
    [InlineData("client", "create_client", true)]
    [InlineData("redirect_client", "create_client", false)]
    [InlineData("create_client", "redirect_client", false)]
    [InlineData("redirect_client", "client", true)]
    [InlineData("analyst_client", "client", true)]
    [InlineData("analyst_client", "redirect_client", false)]
    [InlineData("s3", "object_store", true)]
    [InlineData("app", "client", false)]
    public void A_requirement_naming_an_alias_is_met_by_it_or_its_canonical_type_only(string designType, string required, bool meets)
    {
        Assert.Equal(meets, Registry.Meets(designType, required));
        Assert.Equal(designType != "app", Registry.AreSameType(designType, required));
    }

    [Fact]
    public void Every_role_in_the_registry_is_on_a_client_type() =>
        Assert.All(Registry.Types.Where(t => t.Emits is not null), t => Assert.Equal("client", Registry.Resolve(t.Type)!.Kind.Id));
}
