// Hand-written (issue 12): it states the case's timeouts and retries, which the solver only adds where a finding proposes them; the solver drafts nothing beside it (SampleFiles.HandWritten). In the root namespace, like PersonalBlog, so the
// drafted-design checks (DraftedDesignsInStepTests, catalog/cheapest-designs.json) leave it alone.
namespace SystemDesign.Samples;

/// <summary>
/// duplicate-payment-prevention, after the fix (seed 001, "### 12. Duplicate Payment Prevention" and "### 66. Idempotency
/// Key Design"): the client's repeat (a double click) and the API's retried writes carry an idempotency key (SD7007), and
/// the keys live for the 7-day retry window, 604,800 s, not 24 hours (tier T2).
/// </summary>
[Design("duplicate-payment-prevention")]
public sealed class DuplicatePaymentPrevention : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var payers = a.Client("Payers");
        var lb = a.LoadBalancer("Load Balancer").Instances(2);
        var api = a.App("Payments API").Instances(2);
        var keys = a.Cache("Idempotency Keys").Instances(2).Ttl(604_800);
        var primary = a.DbPrimary("Payments DB").Instances(2);
        var replica = a.DbReplica("Read Replica").Instances(2);

        payers.Calls(lb).Retries(1).Backoff().IdempotencyKey();
        lb.Calls(api);
        api.ConnectsTo(keys);
        api.Writes(primary).Retries(2).Backoff().IdempotencyKey();
        api.Reads(replica);
        primary.ReplicatesTo(replica);
    }
}
