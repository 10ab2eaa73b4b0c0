using System.Threading.Tasks;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

/// <summary>
/// SD7004–SD7007 at compile time: the interpreter reads the edge knobs, the engine raises the rule, and the finding
/// locator puts it on the knob to change (the edge's <c>Retries</c> or <c>Timeout</c> argument), else on the edge call.
/// </summary>
public class CallPolicyAnalyzerTests
{
    private static readonly string[] CallPolicies = { "SD7004", "SD7005", "SD7006", "SD7007" };

    [Fact]
    public Task Retried_writes_without_a_key_are_marked_on_the_retries() =>
        VerifyAsync(Designs.Blog(edges: "app.Writes(primary).Retries({|SD7007:2|}).Backoff();\n        app.Reads(replica);"), only: CallPolicies);

    [Fact]
    public Task A_retry_budget_over_the_callers_timeout_is_marked_on_the_retries() =>
        VerifyAsync(
            Designs.Blog(edges: "app.Writes(primary);\n        app.Reads(replica).Timeout(800).Retries({|SD7004:2|}).Backoff();", extra: "lb.Calls(a.App(\"Side\").Instances(2)).Timeout(1000);\n        a.LoadBalancer(\"Edge\").Calls(app).Timeout(1000);"),
            only: CallPolicies);

    [Fact]
    public Task Immediate_retries_on_a_single_instance_are_marked_on_the_retries() =>
        VerifyAsync(Designs.Blog(edges: "app.Writes(primary);\n        app.Reads(a.DbReplica(\"Solo\").Instances(1)).Retries({|SD7005:3|});"), only: CallPolicies);

    [Fact]
    public Task An_unguarded_chain_is_marked_on_its_last_call() =>
        VerifyAsync(
            Designs.Blog(extra: "var c = a.App(\"Comments\").Instances(4);\n        var s = a.App(\"Spam\").Instances(4);\n        var k = a.App(\"Scoring\").Instances(4);\n        app.Calls(c);\n        c.Calls(s);\n        {|SD7006:s.Calls(k)|};"),
            only: CallPolicies);

    [Fact]
    public Task Guarded_calls_raise_none_of_the_four() =>
        VerifyAsync(
            Designs.Blog(
                edges: "app.Writes(primary).Timeout(300).Retries(2).Backoff().CircuitBreaker().IdempotencyKey();\n        app.Reads(replica).Timeout(300).Retries(2).Backoff();",
                extra: "var c = a.App(\"Comments\").Instances(4);\n        var s = a.App(\"Spam\").Instances(4);\n        var k = a.App(\"Scoring\").Instances(4);\n        app.Calls(c);\n        c.Calls(s).Timeout(500);\n        s.Calls(k).Timeout(200).CircuitBreaker();"),
            only: CallPolicies);
}
