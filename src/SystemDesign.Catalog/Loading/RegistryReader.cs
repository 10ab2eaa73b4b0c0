using System.Linq;

namespace SystemDesign.Catalog.Loading;

/// <summary>Reads <c>catalog/components.json</c>, the component-type registry; docs/components.md has the format.</summary>
public static class RegistryReader
{
    /// <summary>Reads the registry from JSON text.</summary>
    /// <exception cref="CatalogFormatException">The text is not a well-formed registry; the message says where.</exception>
    public static ComponentRegistry Read(string json, string file)
    {
        using var document = ProblemReader.Parse(json, file);
        var root = new JsonNode(file, "$", document.RootElement);
        var kinds = root.Array("kinds", k => new ComponentKind(
            k.Required("kind").NonEmptyString(),
            k.OptionalString("description") ?? string.Empty,
            k.Optional("onRequestPath")?.Boolean() ?? true,
            ReadDefaults(k.Optional("defaults"))));
        var types = root.Array("types", t => new ComponentTypeEntry(
            t.Required("type").NonEmptyString(),
            t.OptionalString("kind"),
            t.OptionalString("aliasOf"),
            t.OptionalString("title") ?? t.RequiredString("type"),
            t.OptionalString("description"),
            ReadDefaults(t.Optional("defaults")))
        {
            Emits = ReadRole(t.Optional("emits")),
            PlaceholderFigures = ReadFigures(t.Optional("figures")),
            Crosses = ReadPlace(t.Optional("crosses")),
        });
        return new ComponentRegistry(
            WorkloadReader.ReadSourced(root, "headroom", ValueRange.Headroom) ?? throw root.Required("headroom").Error("{ value, source }"),
            WorkloadReader.ReadSourced(root, "hoursPerMonth", ValueRange.HoursPerMonth) ?? throw root.Required("hoursPerMonth").Error("{ value, source }"),
            kinds,
            types)
        {
            RepairTimeHours = WorkloadReader.ReadSourced(root, "repairTimeHours", ValueRange.RepairTimeHours),
        };
    }

    private static ClientRole? ReadRole(JsonNode? node) => node is not { } n
        ? null
        : ClientRoles.Parse(n.String()) ?? throw n.Error("\"all\", \"queries\", \"reads\" or \"writes\" (the share of the workload the client emits)");

    private static string? ReadPlace(JsonNode? node) => node is not { } n
        ? null
        : n.String() is var place && SpacePlaces.Find(place) is not null
            ? place
            : throw n.Error("a place off the Earth a link crosses to: one of " + string.Join(", ", SpacePlaces.Names.Select(p => "\"" + p + "\"")));

    private static bool ReadFigures(JsonNode? node) => node is { } n
        && (n.String() switch
        {
            "placeholder" => true,
            "sourced" => false,
            _ => throw n.Error("\"sourced\" or \"placeholder\" (whether the type's inherited figures were measured for it)"),
        });

    private static ComponentDefaults ReadDefaults(JsonNode? node) => node is not { } n
        ? ComponentDefaults.None
        : new ComponentDefaults
        {
            CapacityRps = WorkloadReader.ReadSourced(n, "capacityRps", ValueRange.Capacity),
            ServiceTimeMs = WorkloadReader.ReadSourced(n, "serviceTimeMs", ValueRange.ServiceTimeMs),
            Availability = WorkloadReader.ReadSourced(n, "availability", ValueRange.Availability),
            HourlyCostUsd = WorkloadReader.ReadSourced(n, "hourlyCostUsd", ValueRange.HourlyCostUsd),
            CapacityConnections = WorkloadReader.ReadSourced(n, "capacityConnections", ValueRange.Capacity),
            UsdPerMillionRequests = WorkloadReader.ReadSourced(n, "usdPerMillionRequests", ValueRange.PricePerMillionRequests),
        };
}
