// Drafted by `sysdesign solve l5-migration-figma-collaboration` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Figma Real-Time Collaboration Migration (l5-migration-figma-collaboration).
/// Goal: Transform Figma from 10-person to 1000+ person concurrent editing on single document
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $8,727/month.
/// </summary>
[Design("l5-migration-figma-collaboration")]
public sealed class L5MigrationFigmaCollaborationDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // one instance carries the load and no requirement asks for more → 1
        var cRDTServer = a.Component("crdt_server", "CRDT Server").Instances(1);
        // at 119: SD2002 WebSocket Cluster: 1,000,000 concurrent connections (constant websocket_connections: 1000000), 119 × 10,000 = 1,190,000 connections capacity (84%), less than... → 120
        var webSocketCluster = a.Component("websocket_cluster", "WebSocket Cluster").Instances(120);
        // one instance carries the load and no requirement asks for more → 1
        var conflictResolver = a.Component("conflict_resolver", "Conflict Resolver").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var operationLog = a.Component("operation_log", "Operation Log").Instances(1).Parameter("partitions", 120);
        // one instance carries the load and no requirement asks for more → 1
        var snapshotStore = a.Component("snapshot_store", "Snapshot Store").Instances(1);

        cRDTServer.Publishes(operationLog);
        webSocketCluster.Publishes(operationLog);
        conflictResolver.Publishes(operationLog);
        cRDTServer.Consumes(operationLog);
        webSocketCluster.Consumes(operationLog);
        conflictResolver.Consumes(operationLog);
        cRDTServer.Writes(snapshotStore);
        webSocketCluster.Writes(snapshotStore);
        conflictResolver.Writes(snapshotStore);
    }
}
