using System;
using System.Collections.Generic;
using System.Linq;

namespace SystemDesign.Model;

/// <summary>
/// The type names of the generic component types that <see cref="ArchitectureBuilder"/> places with typed methods.
/// Any other catalog type is placed by name with <see cref="ArchitectureBuilder.Component(string, string)"/>.
/// </summary>
public static class ComponentTypes
{
    /// <summary>"client": the source of the workload (<see cref="ArchitectureBuilder.Client"/>).</summary>
    public const string Client = "client";

    /// <summary>"lb": a load balancer (<see cref="ArchitectureBuilder.LoadBalancer"/>).</summary>
    public const string LoadBalancer = "lb";

    /// <summary>"api_gateway" (<see cref="ArchitectureBuilder.ApiGateway"/>).</summary>
    public const string ApiGateway = "api_gateway";

    /// <summary>"app": application servers (<see cref="ArchitectureBuilder.App"/>).</summary>
    public const string App = "app";

    /// <summary>"worker": background consumers (<see cref="ArchitectureBuilder.Worker"/>).</summary>
    public const string Worker = "worker";

    /// <summary>"cache" (<see cref="ArchitectureBuilder.Cache"/>).</summary>
    public const string Cache = "cache";

    /// <summary>"cdn" (<see cref="ArchitectureBuilder.Cdn"/>).</summary>
    public const string Cdn = "cdn";

    /// <summary>"db_primary": the writable database (<see cref="ArchitectureBuilder.DbPrimary"/>).</summary>
    public const string DbPrimary = "db_primary";

    /// <summary>"db_replica": a read replica (<see cref="ArchitectureBuilder.DbReplica"/>).</summary>
    public const string DbReplica = "db_replica";

    /// <summary>"queue": a message queue (<see cref="ArchitectureBuilder.Queue"/>).</summary>
    public const string Queue = "queue";

    /// <summary>"stream": a partitioned log (<see cref="ArchitectureBuilder.Stream"/>).</summary>
    public const string Stream = "stream";

    /// <summary>"search": a search index (<see cref="ArchitectureBuilder.Search"/>).</summary>
    public const string Search = "search";

    /// <summary>"object_store": blob storage (<see cref="ArchitectureBuilder.ObjectStore"/>).</summary>
    public const string ObjectStore = "object_store";

    /// <summary>"websocket": long-lived connection servers (<see cref="ArchitectureBuilder.WebSocket"/>).</summary>
    public const string WebSocket = "websocket";

    /// <summary>"monitoring" (<see cref="ArchitectureBuilder.Monitoring"/>).</summary>
    public const string Monitoring = "monitoring";

    /// <summary>"storage": generic storage, used by some catalog tiers; placed with <see cref="ArchitectureBuilder.Component(string, string)"/>.</summary>
    public const string Storage = "storage";

    /// <summary>
    /// Every typed builder method once, with the name and local a new component of its type gets: the engine's
    /// suggestion when a tier needs a type (SD1001) and the code fix that adds it read this table.
    /// </summary>
    public static IReadOnlyList<TypedPlacement> Typed { get; } = new TypedPlacement[]
    {
        new(Client, nameof(ArchitectureBuilder.Client), "Clients", "clients"),
        new(LoadBalancer, nameof(ArchitectureBuilder.LoadBalancer), "Load Balancer", "lb"),
        new(ApiGateway, nameof(ArchitectureBuilder.ApiGateway), "API Gateway", "gateway"),
        new(App, nameof(ArchitectureBuilder.App), "App Servers", "app"),
        new(Worker, nameof(ArchitectureBuilder.Worker), "Workers", "workers"),
        new(Cache, nameof(ArchitectureBuilder.Cache), "Cache", "cache"),
        new(Cdn, nameof(ArchitectureBuilder.Cdn), "CDN", "cdn"),
        new(DbPrimary, nameof(ArchitectureBuilder.DbPrimary), "Primary DB", "primary"),
        new(DbReplica, nameof(ArchitectureBuilder.DbReplica), "Read Replica", "replica"),
        new(Queue, nameof(ArchitectureBuilder.Queue), "Queue", "queue"),
        new(Stream, nameof(ArchitectureBuilder.Stream), "Stream", "stream"),
        new(Search, nameof(ArchitectureBuilder.Search), "Search", "search"),
        new(ObjectStore, nameof(ArchitectureBuilder.ObjectStore), "Object Store", "objectStore"),
        new(WebSocket, nameof(ArchitectureBuilder.WebSocket), "WebSocket Servers", "webSocket"),
        new(Monitoring, nameof(ArchitectureBuilder.Monitoring), "Monitoring", "monitoring"),
    };

    /// <summary>The typed method that places <paramref name="type"/>, or null when it is placed with <c>Component</c>.</summary>
    /// <param name="type">A component type name.</param>
    /// <returns>The row, or null.</returns>
    public static TypedPlacement? PlacementOf(string? type) => Find(p => p.Type == type);

    /// <summary>The row of the typed builder method <paramref name="method"/>, or null for <c>Component</c> and unknown names.</summary>
    /// <param name="method">A builder method's name, e.g. "DbReplica".</param>
    /// <returns>The row, or null.</returns>
    public static TypedPlacement? PlacedBy(string method) => Find(p => p.Method == method);

    private static TypedPlacement? Find(Func<TypedPlacement, bool> match) => Typed.FirstOrDefault(match);

    /// <summary>True for the generic types above, whose knobs the DSL knows; false for exotic catalog types.</summary>
    /// <param name="type">A component type name.</param>
    /// <returns>Whether <paramref name="type"/> is one of the generic types.</returns>
    public static bool IsGeneric(string? type) => type switch
    {
        Client or LoadBalancer or ApiGateway or App or Worker or Cache or Cdn or DbPrimary or DbReplica
            or Queue or Stream or Search or ObjectStore or WebSocket or Monitoring or Storage => true,
        _ => false,
    };
}
