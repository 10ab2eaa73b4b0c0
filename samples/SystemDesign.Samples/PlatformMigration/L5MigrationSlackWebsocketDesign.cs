// Drafted by `sysdesign solve l5-migration-slack-websocket` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Slack WebSocket Infrastructure Migration (l5-migration-slack-websocket).
/// Goal: Transform Slack from HTTP polling to WebSocket for 20M concurrent users
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $168,604/month.
/// </summary>
[Design("l5-migration-slack-websocket")]
public sealed class L5MigrationSlackWebsocketDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 2399: SD2002 WebSocket Gateway: 20,000,000 concurrent connections (FR: Support 20M concurrent WebSocket connections), 2,399 × 10,000 = 23,990,000 connections capacity (83... → 2400
        var webSocketGateway = a.Component("websocket_gateway", "WebSocket Gateway").Instances(2400);
        // one instance carries the load and no requirement asks for more → 1
        var messageBroker = a.Component("message_broker", "Message Broker").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var connectionRegistry = a.Component("connection_registry", "Connection Registry").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var presenceService = a.Component("presence_service", "Presence Service").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var sessionStore = a.Component("session_store", "Session Store").Instances(1);

        webSocketGateway.Publishes(messageBroker);
        webSocketGateway.Consumes(messageBroker);
        webSocketGateway.Calls(connectionRegistry);
        webSocketGateway.Calls(presenceService);
        webSocketGateway.Calls(sessionStore);
    }
}
