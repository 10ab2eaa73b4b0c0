namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of payment-pool-exhaustion, before the fix: every query on one primary through the pool of 100, each
/// connection held across the external payment call, the confirmation sent inside the request.
/// </summary>
/// <remarks>
/// Seed 000, question 1 (the payment service): 50,000 transactions/min, "connection acquisition timeouts are the primary
/// error", the pool raised "from 50 to 100" for only temporary relief, read replicas underused. The pool of 100 is the
/// service's: its 8 instances hold 12 each (96, inside PostgreSQL's default 100, so no SD7008). Each transaction holds its
/// connection for the whole request, the external payment API call included: 200 ms, the seed's P99 before the incident.
/// Little's law then wants more connections per instance than its 12 (SD7009), whatever the pool is raised to within the
/// limit. Reads that idle replicas could serve wait for the primary's pool; the confirmation holds the request open; one
/// primary instance is a single point of failure against a 99.99% target.
/// </remarks>
[Incident("payment-pool-exhaustion", "SD1001", "SD1002", "SD1003", "SD4001", "SD4002", "SD7009")]
public sealed class PaymentPoolExhaustionIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var payers = a.Component("client", "Payers");
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        var paymentsAPI = a.Component("app", "Payments API").Instances(8).ConnectionPool(12).ConnectionHoldTime(200);
        var fraudRulesCache = a.Component("cache", "Fraud Rules Cache").Instances(1);
        var paymentsDB = a.Component("db_primary", "Payments DB").Instances(1);

        payers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(paymentsAPI);
        paymentsAPI.ConnectsTo(fraudRulesCache);
        paymentsAPI.ConnectsTo(paymentsDB);
    }
}
