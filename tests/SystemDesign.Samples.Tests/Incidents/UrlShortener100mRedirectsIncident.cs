namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of url-shortener-100m-redirects, before the fix: one app server and one database for 1,273 requests a second.
/// </summary>
/// <remarks>
/// One server at 150 req/s carries an eighth of the load; one database instance is a single point of failure against
/// 99.99%; nothing caches redirects.
/// </remarks>
[Incident("url-shortener-100m-redirects", "SD1001", "SD1002", "SD1003", "SD1004", "SD2001", "SD3003", "SD4001", "SD4002")]
public sealed class UrlShortener100mRedirectsIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var browsers = a.Component("client", "Browsers");
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        var shortenerAPI = a.Component("app", "Shortener API").Instances(1);
        var uRLDB = a.Component("db_primary", "URL DB").Instances(1);

        browsers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(shortenerAPI);
        shortenerAPI.ConnectsTo(uRLDB);
    }
}
