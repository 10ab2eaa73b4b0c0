namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of payment-pool-exhaustion, before the fix: every query on one primary through a pool of 100, the confirmation sent inside the request.
/// </summary>
/// <remarks>
/// Reads that the idle replicas could serve wait for the primary's pool; the confirmation holds the request (and its
/// connection) open; one primary instance is a single point of failure against a 99.99% target.
/// </remarks>
[Incident("payment-pool-exhaustion", "SD1001", "SD1002", "SD1003", "SD4001", "SD4002")]
public sealed class PaymentPoolExhaustionIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var payers = a.Component("client", "Payers");
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        var paymentsAPI = a.Component("app", "Payments API").Instances(8).Parameter("pool_size", 100);
        var fraudRulesCache = a.Component("cache", "Fraud Rules Cache").Instances(1);
        var paymentsDB = a.Component("db_primary", "Payments DB").Instances(1);

        payers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(paymentsAPI);
        paymentsAPI.ConnectsTo(fraudRulesCache);
        paymentsAPI.ConnectsTo(paymentsDB);
    }
}
