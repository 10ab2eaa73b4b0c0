namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of duplicate-payment-prevention, before the fix: repeated and retried payments with no idempotency key, keys kept 24 hours.
/// </summary>
/// <remarks>
/// Seed 001, "### 12. Duplicate Payment Prevention": a double-clicked pay button is the client sending the payment twice
/// (one retry); the API retries its writes after a timeout too. Neither carries an idempotency key, so a repeat is a
/// second charge (SD7007). "### 66. Idempotency Key Design": keys expire after 24 hours (86,400 s) while clients retry
/// after 7 days (tier T2, SD1004).
/// </remarks>
[Incident("duplicate-payment-prevention", "SD1004", "SD7007")]
public sealed class DuplicatePaymentPreventionIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var payers = a.Client("Payers");
        var lb = a.LoadBalancer("Load Balancer").Instances(2);
        var api = a.App("Payments API").Instances(2);
        var keys = a.Cache("Idempotency Keys").Instances(2).Ttl(86_400);
        var primary = a.DbPrimary("Payments DB").Instances(2);
        var replica = a.DbReplica("Read Replica").Instances(2);

        payers.Calls(lb).Retries(1).Backoff();
        lb.Calls(api);
        api.ConnectsTo(keys);
        api.Writes(primary).Retries(2).Backoff();
        api.Reads(replica);
        primary.ReplicatesTo(replica);
    }
}
