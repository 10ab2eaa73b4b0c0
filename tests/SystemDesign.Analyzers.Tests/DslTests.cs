using System.Threading.Tasks;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

/// <summary>SD0xxx: the design's own mistakes, each on the call or argument that makes it.</summary>
public class DslTests
{
    private static readonly string[] Dsl =
    {
        "SD0001", "SD0002", "SD0003", "SD0004", "SD0005", "SD0006", "SD0007", "SD0008", "SD0010", "SD0011", "SD0012",
        "SD0013", "SD0014", "SD0015", "SD0016", "SD0017", "SD0018", "SD0025",
    };

    private static readonly string[] Palette = { "SD0020", "SD0022" };

    [Fact]
    public Task Duplicate_name_is_marked_on_the_second_name() =>
        VerifyAsync(Designs.Blog(extra: "a.App({|SD0002:\"App Servers\"|});"), only: Dsl);

    [Fact]
    public Task Empty_name_is_marked_on_the_name() =>
        VerifyAsync(Designs.Blog(extra: "a.App({|SD0001:\"\"|}).Instances(2);"), only: Dsl);

    [Fact]
    public Task Self_edge_and_repeated_edge_are_marked_on_the_edge_call() =>
        VerifyAsync(Designs.Blog(extra: "{|SD0005:app.Calls(app)|};\n        {|SD0006:lb.Calls(app)|};"), only: Dsl);

    [Fact]
    public Task Null_edge_target_dangles_on_the_edge_call() =>
        VerifyAsync(Designs.Blog(extra: "{|SD0004:app.Calls(null!)|};"), only: Dsl);

    [Fact]
    public Task Bad_weight_is_marked_on_the_weight() =>
        VerifyAsync(Designs.Blog(extra: "var cache = a.App(\"Side\").Instances(2);\n        lb.Calls(cache).Weight({|SD0013:-1|});"), only: Dsl);

    /// <summary>The interpreter calls edge methods on the real builder: one it did not know would be SD0021.</summary>
    [Fact]
    public Task An_edge_that_always_fetches_is_read_statically() =>
        VerifyAsync(Designs.Blog(extra: "app.Reads(a.ObjectStore(\"Images\")).Weight(2).AlwaysFetches();"), only: new[] { "SD0021" });

    /// <summary>The edge knobs (Model.EdgeKnobs) are replayed on the real builder; a bad value is marked on its argument, a switch on its name.</summary>
    [Fact]
    public Task Bad_edge_knobs_are_marked_on_their_arguments() =>
        VerifyAsync(Designs.Blog(extra: """
            var pay = a.App("Payments").Instances(2);
                    app.Calls(pay).Timeout({|SD0025:0|}).Retries({|SD0025:-1|}).Backoff();
                    var jobs = a.Queue("Jobs");
                    app.Publishes(jobs).Retries(2).Backoff().IdempotencyKey();
                    a.Worker("W").Consumes(jobs).{|SD0025:CircuitBreaker|}();
            """), only: Dsl);

    [Fact]
    public Task Good_edge_knobs_are_read_statically() =>
        VerifyAsync(Designs.Blog(extra: "app.Calls(a.App(\"Payments\").Instances(2)).Timeout(250.5).Retries(2).Backoff().CircuitBreaker().IdempotencyKey();"), only: new[] { "SD0021", "SD0025" });

    [Fact]
    public Task Bad_knob_values_are_marked_on_their_arguments() =>
        VerifyAsync(Designs.Blog(extra: """
            a.Worker("W").Instances({|SD0007:0|}).CapacityPerInstance(10).ServiceTime({|SD0008:-5|}).Availability({|SD0010:99.9|}).Zone({|SD0018:" "|});
                    a.Cache("C").HitRate({|SD0011:1.5|});
                    a.Stream("S").Partitions({|SD0012:0|});
                    a.WebSocket("WS").ConnectionsPerInstance({|SD0016:0|});
                    a.Component("cache", "K").Parameter("x", {|SD0017:double.NaN|}).Instances({|SD0015:2000000|});
            """), only: Dsl);

    /// <summary>Issue 9's repair time: the interpreter, the validator's rule and the squiggle come from the knob table's rows.</summary>
    [Fact]
    public Task Bad_repair_knobs_are_marked_on_their_arguments() =>
        VerifyAsync(Designs.Blog(extra: "a.Worker(\"W\").RepairTime({|SD0008:0|}).TimeBetweenFailures({|SD0008:-4380|});"), only: Dsl);

    /// <summary>Issue 12's pool knobs: read by the interpreter, validated by their rows' rules, marked on their arguments.</summary>
    [Fact]
    public Task Bad_pool_knobs_are_marked_on_their_arguments() =>
        VerifyAsync(Designs.Blog(extra: "a.Worker(\"W\").ConnectionPool({|SD0016:0|}).ConnectionHoldTime({|SD0008:-5|}); a.DbReplica(\"R\").ConnectionLimit({|SD0016:-1|});"), only: Dsl);

    /// <summary>Issue 12's knobs: a switch without an argument is read, and bad values are marked on their arguments.</summary>
    [Fact]
    public Task Bad_async_knobs_are_marked_on_their_arguments() =>
        VerifyAsync(Designs.Blog(extra: """
            a.Queue("Q").DeadLetterQueue().Parameter("dead_letter_queue", {|SD0017:2|});
                    a.Stream("S").DeadLetterQueue().HotKeyShare({|SD0017:1.5|});
                    a.Cache("C").InvalidatesOnWrite().Ttl({|SD0008:0|});
                    a.Worker("W").BatchSize({|SD0017:0|});
                    a.DbPrimary("D").FailoverTime({|SD0008:-30|});
            """), only: Dsl);

    /// <summary>Issue 8's client knobs: read by the interpreter on a client and on a client type placed by name, marked on their arguments.</summary>
    [Fact]
    public Task Bad_client_knobs_are_marked_on_their_arguments() =>
        VerifyAsync(Designs.Blog(extra: """
            a.Client("Mobile").WorkloadShare({|SD0017:70|});
                    a.Component("analyst_client", "Analysts").RequestRate({|SD0008:0|});
                    a.Client("Web").WorkloadShare(0.3).RequestRate({|SD0017:300|});
            """), only: Dsl);

    [Fact]
    public Task Knob_that_means_nothing_on_the_type_is_marked_on_the_knob() =>
        VerifyAsync(Designs.Blog(extra: "a.Component(\"db_replica\", \"Extra Replica\").Parameter(\"hit_rate\", {|SD0014:0.5|});"), only: new[] { "SD0014" });

    [Fact]
    public Task Type_outside_the_palette_is_marked_on_the_type_argument_or_the_placing_call() =>
        VerifyAsync(
            Designs.Blog(extra: "app.Reads({|SD0020:a.Cache(\"Redis\")|});\n        app.Calls(a.Component({|SD0020:\"search\"|}, \"Search\"));"),
            only: Palette);

    [Fact]
    public Task Type_unknown_to_the_catalog_is_marked_on_the_type_argument() =>
        VerifyAsync(Designs.Blog(extra: "app.Calls(a.Component({|SD0022:\"flux_capacitor\"|}, \"Flux\"));"), only: Palette);

    [Fact]
    public Task Named_arguments_and_inline_placement_are_interpreted() =>
        VerifyAsync(Designs.Blog(appInstances: "count: {|SD1002:{|SD2001:{|SD4002:2|}|}|}"), only: new[] { "SD1002", "SD2001", "SD4002" });
}
