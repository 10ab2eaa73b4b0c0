namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of cdn-1m-rps-p95-50ms, before the fix: 1M req/s served from the origin, no edge caches, no shield.
/// </summary>
/// <remarks>
/// Every request reaches object storage (100 ms a read) through origin servers: P95 cannot be under 50 ms and the asset
/// store is overloaded.
/// </remarks>
[Incident("cdn-1m-rps-p95-50ms", "SD1001", "SD1004", "SD2001", "SD2002", "SD3003", "SD4002", "SD6001")]
public sealed class Cdn1mRpsP9550msIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var browsers = a.Component("client", "Browsers");
        var originLB = a.Component("lb", "Origin LB").Instances(12);
        var originServers = a.Component("app", "Origin Servers").Instances(6667);
        var assetStore = a.Component("object_store", "Asset Store").Instances(37);

        originLB.ConnectsTo(originServers);
        browsers.ConnectsTo(originLB);
        originServers.ConnectsTo(assetStore);
    }
}
