using System;

namespace SystemDesign.Engine.Resolution;

/// <summary>How the engine routes traffic through a kind; see docs/engine.md, "Flow".</summary>
internal enum Behaviour
{
    /// <summary>Emits the workload (client).</summary>
    Source,

    /// <summary>Routes each request to one of its targets (load balancer, gateway, network).</summary>
    Router,

    /// <summary>Absorbs its hit rate of reads, passes misses and writes on (cache, CDN).</summary>
    Cache,

    /// <summary>Serves requests and calls every dependency (compute, worker, websocket).</summary>
    Service,

    /// <summary>Terminal store (db_primary, db_replica, database, object_store, search, consensus).</summary>
    Store,

    /// <summary>Decouples producers from consumers (queue, stream).</summary>
    Messaging,

    /// <summary>Off the request path (observability, control plane, facility).</summary>
    OffPath,
}

/// <summary>Maps registry kind ids to behaviours.</summary>
internal static class Behaviours
{
    public static Behaviour Of(string kind, bool onRequestPath)
    {
        if (!onRequestPath)
        {
            return Behaviour.OffPath;
        }

        return kind switch
        {
            "client" => Behaviour.Source,
            "load_balancer" or "api_gateway" or "network" => Behaviour.Router,
            "cache" or "cdn" => Behaviour.Cache,
            "db_primary" or "db_replica" or "database" or "object_store" or "search" or "consensus" => Behaviour.Store,
            "queue" or "stream" => Behaviour.Messaging,
            "observability" or "control_plane" or "facility" => Behaviour.OffPath,
            _ => Behaviour.Service,
        };
    }

    public static bool Is(string kind, string id) => string.Equals(kind, id, StringComparison.Ordinal);
}
