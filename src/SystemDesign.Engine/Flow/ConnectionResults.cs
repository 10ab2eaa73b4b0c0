using System.Collections.Generic;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Engine.Flow;

/// <summary>One <see cref="ConnectionResult"/> per declared connection, in design order, read off the traffic flow.</summary>
internal static class ConnectionResults
{
    public static ConnectionResult[] All(FlowGraph graph, TrafficFlow flow, IReadOnlyList<Connection> connections, double peak)
    {
        var roles = new EdgeRole?[connections.Count];
        foreach (var edges in graph.Outgoing)
        {
            foreach (var edge in edges)
            {
                roles[edge.Id] = edge.Role;
            }
        }

        var loads = flow.Edges;
        var results = new ConnectionResult[connections.Count];
        for (var i = 0; i < connections.Count; i++)
        {
            var connection = connections[i];
            var total = loads.Total(i);
            results[i] = new ConnectionResult
            {
                From = connection.From ?? string.Empty,
                To = connection.To ?? string.Empty,
                Kind = KindName(connection.Kind),
                Role = roles[i] is { } role ? RoleName(role) : "ignored",
                ReadRps = loads.Reads[i],
                MissReadRps = loads.MissReads[i],
                WriteRps = loads.Writes[i],
                ReplicationRps = loads.Replication[i],
                OfferedRps = total,
                PeakRps = TrafficFlow.Saturate(total * peak),
                // What the engine grades: a value SD0025 rejects (NaN, negative, past 10 retries) is shown as unset.
                TimeoutMs = connection.TimeoutMs is { } ms && ms > 0 && !double.IsInfinity(ms) ? ms : null,
                Retries = connection.Retries is { } r and >= 0 and <= EdgeKnobs.MaxRetries ? r : null,
                Backoff = connection.Backoff,
                CircuitBreaker = connection.CircuitBreaker,
                IdempotencyKey = connection.IdempotencyKey,
                AttemptsPerCall = flow.AttemptsOn(i),
            };
        }

        return results;
    }

    /// <summary>The builder's word for a kind; a plain edge (<c>ConnectsTo</c>) is "connects".</summary>
    public static string KindName(ConnectionKind kind) => kind switch
    {
        ConnectionKind.Calls => "calls",
        ConnectionKind.Reads => "reads",
        ConnectionKind.Writes => "writes",
        ConnectionKind.Publishes => "publishes",
        ConnectionKind.Consumes => "consumes",
        ConnectionKind.Replicates => "replicates",
        _ => "connects",
    };

    private static string RoleName(EdgeRole role) => role switch
    {
        EdgeRole.Request => "request",
        EdgeRole.Reads => "reads",
        EdgeRole.Writes => "writes",
        EdgeRole.PrimaryStore => "primary-store",
        EdgeRole.LookAside => "look-aside",
        EdgeRole.Publish => "publish",
        EdgeRole.Consume => "consume",
        EdgeRole.Replication => "replication",
        _ => "telemetry",
    };
}
