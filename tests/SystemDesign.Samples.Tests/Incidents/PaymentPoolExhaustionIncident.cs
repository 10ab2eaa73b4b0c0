namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of payment-pool-exhaustion, before the fix: every query on one primary through the pool of 100, each
/// connection held across the external payment call, idle replicas, the confirmation sent inside the request.
/// </summary>
/// <remarks>
/// Seed 000, question 1 (the payment service): 50,000 transactions/min, "connection acquisition timeouts are the primary
/// error", the pool raised "from 50 to 100" for only temporary relief, "read replicas but they seem to be
/// underutilized". The pool of 100 is the service's: its 8 instances hold 12 each (96, inside PostgreSQL's default
/// max_connections of 100, so no SD7008). Each transaction holds its connection for the whole request, the external
/// payment API call included: 200 ms, the seed's P99 before the incident (the seed states no hold time). Little's law:
/// 62.5 req/s per instance × 200 ms = 12.5 connections wanted, 12 held (SD7009), and no pool that fits the limit helps:
/// the hold time is the fix. The replicas are replicated to and read by nobody (the primary is not loaded enough for
/// SD7010: it is the pool that runs dry, not the database); the confirmation holds the request open (T2); one primary
/// instance is a single point of failure against a 99.99% target. The dry pool makes the latency through it unbounded
/// (SD3003 names the pool): the seed's "connection acquisition timeouts".
/// </remarks>
[Incident("payment-pool-exhaustion", "SD1001", "SD1003", "SD3003", "SD4001", "SD4002", "SD7009")]
public sealed class PaymentPoolExhaustionIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var payers = a.Component("client", "Payers");
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        var paymentsAPI = a.Component("app", "Payments API").Instances(8).ConnectionPool(12).ConnectionHoldTime(200);
        var fraudRulesCache = a.Component("cache", "Fraud Rules Cache").Instances(1);
        var paymentsDB = a.Component("db_primary", "Payments DB").Instances(1);
        // "We have read replicas but they seem to be underutilized": replicated to, read by nobody.
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(2);

        payers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(paymentsAPI);
        paymentsAPI.ConnectsTo(fraudRulesCache);
        paymentsAPI.ConnectsTo(paymentsDB);
        paymentsDB.ReplicatesTo(readReplicas);
    }
}
