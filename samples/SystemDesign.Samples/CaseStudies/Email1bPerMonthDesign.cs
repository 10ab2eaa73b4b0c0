// Drafted by `sysdesign solve email-1b-per-month` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Transactional Email: 1B Emails a Month (email-1b-per-month).
/// Goal: Send 1,000,000,000 emails a month with bounces and complaints handled.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $791/month.
/// </summary>
[Design("email-1b-per-month")]
public sealed class Email1bPerMonthDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var senders = a.Component("client", "Senders");
        // 386 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 385.8 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 386 req/s × 1.2 headroom ÷ 150 per instance = 4 → 4
        var emailAPI = a.Component("app", "Email API").Instances(4);
        // 386 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 385.8 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var sendQueue = a.Component("queue", "Send Queue").Instances(2);
        // 386 req/s × 1.2 headroom ÷ 1,000 per instance = 1 → 1
        var sMTPWorkers = a.Component("worker", "SMTP Workers").Instances(1);
        // 772 req/s × 1.2 headroom ÷ 1,000 per instance = 1; every constraint at once needs 2 (N+1: 771.6 ÷ 1,000 req/s below 100%, plus one instance to lose) → 2
        var emailDB = a.Component("db_primary", "Email DB").Instances(2);

        senders.ConnectsTo(lB);
        lB.ConnectsTo(emailAPI);
        emailAPI.ConnectsTo(sendQueue);
        emailAPI.ConnectsTo(emailDB);
        sendQueue.ConnectsTo(sMTPWorkers);
        sMTPWorkers.ConnectsTo(emailDB);
    }
}
