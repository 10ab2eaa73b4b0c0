using System.Threading.Tasks;
using static SystemDesign.CodeFixes.Tests.Official.CodeFixTest;

namespace SystemDesign.CodeFixes.Tests.Official;

/// <summary>
/// The edge-knob fixes (SD0025, SD7004–SD7007), on the designs of their rule pages: each applies the figure or switch
/// the finding proposes, the finding is gone, and no error appears (errors the design had before stay marked).
/// </summary>
public class EdgeKnobFixTests
{
    private static string Blog(string edges, string replicas = "2", string attribute = "\"tutorial-simple-blog\"") => $$"""
        using SystemDesign;

        [Design({{attribute}})]
        public sealed class PersonalBlog : IDesign
        {
            public void Describe(ArchitectureBuilder a)
            {
                var readers = a.Client("Blog Readers");
                var lb = a.LoadBalancer("Load Balancer").Instances(2);
                var app = a.App("App Servers").Instances(8);
                var primary = a.DbPrimary("Primary DB").Instances(2);
                var replica = a.DbReplica("Read Replica").Instances({{replicas}});

                readers.Calls(lb);
                {{edges}}
                primary.ReplicatesTo(replica);
            }
        }
        """;

    // One read replica: its loss fails every read (SD4001, the design's own error before and after the fix), so a
    // retried read can fail and needs backoff.
    private const string OneReplica = "{|SD4001:\"tutorial-simple-blog\"|}";

    [Fact]
    public Task SD7004_the_retried_calls_timeout_shrinks_to_fit_in_the_callers() =>
        VerifyAsync<SetEdgeKnobCodeFixProvider>(
            Blog("lb.Calls(app).Timeout(1000);\n        app.Writes(primary);\n        app.Reads(replica).Timeout(800).Retries({|SD7004:2|}).Backoff();"),
            Blog("lb.Calls(app).Timeout(1000);\n        app.Writes(primary);\n        app.Reads(replica).Timeout(333).Retries(2).Backoff();"),
            EquivalenceKeys.SetEdgeKnob, "SD7004");

    [Fact]
    public Task SD7004_without_a_timeout_call_on_a_single_attempt_the_timeout_is_replaced_in_place() =>
        VerifyAsync<SetEdgeKnobCodeFixProvider>(
            Blog("lb.Calls(app).Timeout(500);\n        app.Writes(primary);\n        app.Reads(replica).Timeout({|SD7004:800|});"),
            Blog("lb.Calls(app).Timeout(500);\n        app.Writes(primary);\n        app.Reads(replica).Timeout(500);"),
            EquivalenceKeys.SetEdgeKnob, "SD7004");

    [Fact]
    public Task SD7005_retries_without_backoff_get_Backoff() =>
        VerifyAsync<SetEdgeKnobCodeFixProvider>(
            Blog("lb.Calls(app);\n        app.Writes(primary);\n        app.Reads(replica).Retries({|SD7005:3|});", "1", OneReplica),
            Blog("lb.Calls(app);\n        app.Writes(primary);\n        app.Reads(replica).Retries(3).Backoff();", "1", OneReplica),
            EquivalenceKeys.SetEdgeKnob, "SD7005");

    [Fact]
    public Task SD7005_an_edge_held_in_a_local_gets_Backoff_where_it_is_declared() =>
        VerifyAsync<SetEdgeKnobCodeFixProvider>(
            Blog("lb.Calls(app);\n        app.Writes(primary);\n        var reads = app.Reads(replica);\n        reads.Retries({|SD7005:3|});", "1", OneReplica),
            Blog("lb.Calls(app);\n        app.Writes(primary);\n        var reads = app.Reads(replica).Backoff();\n        reads.Retries(3);", "1", OneReplica),
            EquivalenceKeys.SetEdgeKnob, "SD7005");

    [Fact]
    public Task SD7007_retried_writes_get_an_idempotency_key() =>
        VerifyAsync<SetEdgeKnobCodeFixProvider>(
            Blog("lb.Calls(app);\n        app.Writes(primary).Retries({|SD7007:2|}).Backoff();\n        app.Reads(replica);"),
            Blog("lb.Calls(app);\n        app.Writes(primary).Retries(2).Backoff().IdempotencyKey();\n        app.Reads(replica);"),
            EquivalenceKeys.SetEdgeKnob, "SD7007");

    [Fact]
    public Task SD0025_too_many_retries_become_the_most_allowed() =>
        VerifyAsync<SetEdgeKnobCodeFixProvider>(
            Blog("lb.Calls(app);\n        app.Writes(primary);\n        app.Reads(replica).Retries({|SD0025:12|}).Backoff();"),
            Blog("lb.Calls(app);\n        app.Writes(primary);\n        app.Reads(replica).Retries(10).Backoff();"),
            EquivalenceKeys.SetEdgeKnob, "SD0025");

    /// <summary>
    /// A valid retry count on writes is judged again (SD0025 kept SD7007 from judging 12): the error it then raises is
    /// the design's, and its own fix (an idempotency key) follows in the next iteration, as in an IDE's Fix All.
    /// </summary>
    [Fact]
    public Task SD0025_on_retried_writes_is_followed_by_the_idempotency_key_SD7007_then_asks_for() =>
        VerifyAsync<SetEdgeKnobCodeFixProvider>(
            Blog("lb.Calls(app);\n        app.Writes(primary).Retries({|SD0025:12|}).Backoff();\n        app.Reads(replica);"),
            Blog("lb.Calls(app);\n        app.Writes(primary).Retries(10).Backoff().IdempotencyKey();\n        app.Reads(replica);"),
            EquivalenceKeys.SetEdgeKnob, ["SD0025", "SD7007"], ignoring: [], passes: 2);

    [Fact]
    public Task SD0025_negative_retries_become_none() =>
        VerifyAsync<SetEdgeKnobCodeFixProvider>(
            Blog("lb.Calls(app).Retries({|SD0025:-1|});\n        app.Writes(primary);\n        app.Reads(replica);"),
            Blog("lb.Calls(app).Retries(0);\n        app.Writes(primary);\n        app.Reads(replica);"),
            EquivalenceKeys.SetEdgeKnob, "SD0025");

    private const string Chain = """
        using SystemDesign;

        [Design("tutorial-simple-blog")]
        public sealed class PersonalBlog : IDesign
        {
            public void Describe(ArchitectureBuilder a)
            {
                var readers = a.Client("Blog Readers");
                var lb = a.LoadBalancer("Load Balancer").Instances(2);
                var app = a.App("App Servers").Instances(8);
                var comments = a.App("Comments").Instances(4);
                var spam = a.App("Spam Filter").Instances(4);
                var scoring = a.App("Scoring").Instances(4);
                var primary = a.DbPrimary("Primary DB").Instances(2);

                readers.Calls(lb);
                lb.Calls(app);
                app.Calls(comments);
                comments.Calls(spam);
                LAST;
                app.Writes(primary);
            }
        }
        """;

    /// <summary>The page's chain: its services are under-provisioned for the blog (capacity, latency and availability errors before and after), which is not this fix's concern.</summary>
    [Fact]
    public Task SD7006_the_last_call_of_an_unguarded_chain_gets_a_circuit_breaker() =>
        VerifyAsync<SetEdgeKnobCodeFixProvider>(
            Chain.Replace("LAST", "{|SD7006:spam.Calls(scoring)|}", System.StringComparison.Ordinal),
            Chain.Replace("LAST", "spam.Calls(scoring).CircuitBreaker()", System.StringComparison.Ordinal),
            EquivalenceKeys.SetEdgeKnob, ["SD7006"], ignoring: ["SD1001", "SD2001", "SD3001", "SD3003", "SD4001"]);
}
