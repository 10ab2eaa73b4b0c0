using System.Collections.Generic;
using System.Linq;
using SystemDesign.Building;
using SystemDesign.Model;

namespace SystemDesign;

/// <summary>
/// Declares a design's components and connections. Each placing method returns a handle whose type offers
/// only the knobs and edges that make sense for that kind of component. The builder never throws on bad values:
/// it records them as given, and <see cref="Architecture.Validate"/> reports them (SD0xxx).
/// Components and connections keep declaration order.
/// </summary>
/// <example><code>
/// var app   = a.App("App Servers").Instances(8).CapacityPerInstance(150);
/// var cache = a.Cache("Redis").HitRate(0.9);
/// app.Reads(cache);
/// </code></example>
public sealed class ArchitectureBuilder
{
    private readonly List<ComponentDraft> components = new();
    private readonly List<ConnectionDraft> connections = new();
    private readonly List<Finding> buildFindings = new();

    /// <summary>Creates an empty builder.</summary>
    /// <param name="problemId">The catalog problem the design answers; carried into <see cref="Architecture.ProblemId"/>.</param>
    public ArchitectureBuilder(string? problemId = null) => ProblemId = problemId;

    /// <summary>The catalog problem the design answers, or null.</summary>
    public string? ProblemId { get; }

    /// <summary>Places a client, the source of the workload (type "client").</summary>
    /// <param name="name">A unique name, for example "Blog Readers".</param>
    /// <returns>The client's handle.</returns>
    public ClientNode Client(string name) => new(this, Add(name, ComponentTypes.Client));

    /// <summary>Places a load balancer (type "lb"); it splits what it receives over its <c>Calls</c> edges.</summary>
    /// <param name="name">A unique name, for example "Load Balancer".</param>
    /// <returns>The load balancer's handle.</returns>
    public LoadBalancerNode LoadBalancer(string name) => new(this, Add(name, ComponentTypes.LoadBalancer));

    /// <summary>Places an API gateway (type "api_gateway").</summary>
    /// <param name="name">A unique name, for example "Gateway".</param>
    /// <returns>The gateway's handle.</returns>
    public ApiGatewayNode ApiGateway(string name) => new(this, Add(name, ComponentTypes.ApiGateway));

    /// <summary>Places application servers (type "app").</summary>
    /// <param name="name">A unique name, for example "App Servers".</param>
    /// <returns>The app tier's handle.</returns>
    public AppNode App(string name) => new(this, Add(name, ComponentTypes.App));

    /// <summary>Places background workers (type "worker"), typically consuming a queue or stream.</summary>
    /// <param name="name">A unique name, for example "Indexer".</param>
    /// <returns>The worker tier's handle.</returns>
    public WorkerNode Worker(string name) => new(this, Add(name, ComponentTypes.Worker));

    /// <summary>Places a cache (type "cache"); it answers its hit rate of reads and passes the misses on.</summary>
    /// <param name="name">A unique name, for example "Redis".</param>
    /// <returns>The cache's handle.</returns>
    public CacheNode Cache(string name) => new(this, Add(name, ComponentTypes.Cache));

    /// <summary>Places a CDN (type "cdn"); it answers its hit rate of reads and passes the misses to the origin.</summary>
    /// <param name="name">A unique name, for example "Edge CDN".</param>
    /// <returns>The CDN's handle.</returns>
    public CdnNode Cdn(string name) => new(this, Add(name, ComponentTypes.Cdn));

    /// <summary>Places the writable primary database (type "db_primary").</summary>
    /// <param name="name">A unique name, for example "Primary DB".</param>
    /// <returns>The database's handle.</returns>
    public DatabaseNode DbPrimary(string name) => new(this, Add(name, ComponentTypes.DbPrimary));

    /// <summary>Places a read replica (type "db_replica"); feed it with <c>primary.ReplicatesTo(replica)</c>.</summary>
    /// <param name="name">A unique name, for example "Read Replica".</param>
    /// <returns>The replica's handle.</returns>
    public DatabaseNode DbReplica(string name) => new(this, Add(name, ComponentTypes.DbReplica));

    /// <summary>Places a message queue (type "queue"); producers <c>Publish</c> to it, consumers <c>Consume</c> it.</summary>
    /// <param name="name">A unique name, for example "Jobs".</param>
    /// <returns>The queue's handle.</returns>
    public QueueNode Queue(string name) => new(this, Add(name, ComponentTypes.Queue));

    /// <summary>Places a partitioned stream (type "stream"); producers <c>Publish</c> to it, consumers <c>Consume</c> it.</summary>
    /// <param name="name">A unique name, for example "Events".</param>
    /// <returns>The stream's handle.</returns>
    public StreamNode Stream(string name) => new(this, Add(name, ComponentTypes.Stream));

    /// <summary>Places a search index (type "search").</summary>
    /// <param name="name">A unique name, for example "Search".</param>
    /// <returns>The search index's handle.</returns>
    public SearchNode Search(string name) => new(this, Add(name, ComponentTypes.Search));

    /// <summary>Places an object store (type "object_store").</summary>
    /// <param name="name">A unique name, for example "Media Bucket".</param>
    /// <returns>The object store's handle.</returns>
    public ObjectStoreNode ObjectStore(string name) => new(this, Add(name, ComponentTypes.ObjectStore));

    /// <summary>Places websocket servers holding long-lived connections (type "websocket").</summary>
    /// <param name="name">A unique name, for example "Realtime Gateway".</param>
    /// <returns>The websocket tier's handle.</returns>
    public WebSocketNode WebSocket(string name) => new(this, Add(name, ComponentTypes.WebSocket));

    /// <summary>Places monitoring (type "monitoring").</summary>
    /// <param name="name">A unique name, for example "Metrics".</param>
    /// <returns>The monitoring component's handle.</returns>
    public MonitoringNode Monitoring(string name) => new(this, Add(name, ComponentTypes.Monitoring));

    /// <summary>
    /// Places a component of any catalog type by name, for example "quantum_repeater" or "storage".
    /// Type-specific settings go through <see cref="Node{TSelf}.Parameter(string, double)"/>.
    /// </summary>
    /// <param name="type">The catalog type name.</param>
    /// <param name="name">A unique name, for example "Repeater A".</param>
    /// <returns>The component's handle, which offers every edge kind.</returns>
    public ComponentNode Component(string type, string name) => new(this, Add(name, type));

    /// <summary>
    /// Snapshots what has been declared so far into an immutable <see cref="Architecture"/>. The builder stays
    /// usable; later declarations do not change architectures already built.
    /// </summary>
    /// <returns>The architecture.</returns>
    public Architecture Build()
    {
        return new Architecture(ProblemId, components.Select(c => c.ToComponent()).ToArray(), connections.Select(c => c.ToConnection()).ToArray(), buildFindings);
    }

    internal ComponentDraft ComponentAt(int index) => components[index];

    internal ConnectionDraft ConnectionAt(int index) => connections[index];

    internal void AddBuildFinding(Finding finding) => buildFindings.Add(finding);

    /// <summary>Records an edge declared on <paramref name="source"/>; a null target becomes a dangling edge to "".</summary>
    internal Edge Connect(Node source, Node? target, ConnectionKind kind)
    {
        var sourceName = source.Name;
        var targetName = target?.Name ?? string.Empty;
        var draft = kind == ConnectionKind.Consumes
            ? new ConnectionDraft(targetName, sourceName, kind)
            : new ConnectionDraft(sourceName, targetName, kind);
        connections.Add(draft);
        return new Edge(this, connections.Count - 1);
    }

    private int Add(string name, string type)
    {
        components.Add(new ComponentDraft(name ?? string.Empty, type ?? string.Empty));
        return components.Count - 1;
    }
}
