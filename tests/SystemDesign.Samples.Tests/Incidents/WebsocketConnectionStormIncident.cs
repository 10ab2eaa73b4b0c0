namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of websocket-connection-storm, before the fix: a WebSocket fleet sized for the 500K connections of a normal day, joins admitted unthrottled.
/// </summary>
/// <remarks>
/// 50 servers × 10,000 connections hold 500,000; the storm brings 700,000. Session state lives on the nodes and joins
/// are not queued.
/// </remarks>
[Incident("websocket-connection-storm", "SD1001", "SD1002", "SD2004")]
public sealed class WebsocketConnectionStormIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var collaborators = a.Component("client", "Collaborators");
        var loadBalancers = a.Component("lb", "Load Balancers").Instances(2);
        var webSocketFleet = a.Component("websocket", "WebSocket Fleet").Instances(50);

        collaborators.ConnectsTo(loadBalancers);
        loadBalancers.ConnectsTo(webSocketFleet);
    }
}
