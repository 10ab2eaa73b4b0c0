using System.Threading.Tasks;
using static SystemDesign.CodeFixes.Tests.Official.CodeFixTest;

namespace SystemDesign.CodeFixes.Tests.Official;

/// <summary>
/// SetParameterCodeFixProvider (SD1004, SD2006), moved from the hand-written harness with the same before/after texts.
/// Its small designs are short of what their problems ask in other ways (missing tiers, capacity, latency): those
/// error rules are left unchecked, as the harness left every rule but the fixed one; every other error rule is checked.
/// </summary>
public class SetParameterFixTests
{
    // analytics-dashboard-cache with one app and one database: no replica, too few instances, unbounded latency; its
    // widget queries are all reads (catalog/overrides.json), so a cold cache sends all 50,000 to the 12 databases (SD6002).
    private static readonly string[] DashboardShortfalls = ["SD1001", "SD2001", "SD3003", "SD4001", "SD6002"];

    // ingestion with one-partition streams and 12 consumers: overloaded, lagging and unbounded.
    private static readonly string[] IngestionShortfalls = ["SD2001", "SD2003", "SD2005", "SD3003", "SD4001", "SD6005"];

    // The blog problem graded on an indexing pipeline: no database, no load balancer, no replica.
    private static readonly string[] IndexingShortfalls = ["SD1001", "SD4001"];

    [Fact]
    public Task A_hit_rate_below_the_tier_range_is_raised_to_the_lower_bound() =>
        VerifyAsync<SetParameterCodeFixProvider>(
            Designs.Dashboard("a.Cache(\"Aggregates\").HitRate({|SD1004:0.5|}).Instances(2)"),
            Designs.Dashboard("a.Cache(\"Aggregates\").HitRate(0.8).Instances(2)"),
            EquivalenceKeys.SetParameter, ["SD1004"], ignoring: DashboardShortfalls);

    [Fact]
    public Task A_hit_rate_set_through_Parameter_is_replaced_there() =>
        VerifyAsync<SetParameterCodeFixProvider>(
            Designs.Dashboard("a.Cache(\"Aggregates\").Parameter(\"hit_rate\", {|SD1004:0.25|})"),
            Designs.Dashboard("a.Cache(\"Aggregates\").Parameter(\"hit_rate\", 0.8)"),
            EquivalenceKeys.SetParameter, ["SD1004"], ignoring: DashboardShortfalls);

    [Fact]
    public Task Missing_partitions_are_appended_as_Partitions() =>
        // ingestion: the tier asks stream.partitions >= 14; the default is 1.
        VerifyAsync<SetParameterCodeFixProvider>(
            Designs.Ingestion("{|SD1004:{|SD2006:a.Stream(\"Events\")|}|}"),
            Designs.Ingestion("a.Stream(\"Events\").Partitions(14)"),
            EquivalenceKeys.SetParameter, ["SD1004", "SD2006"], ignoring: IngestionShortfalls);

    [Fact]
    public Task A_handle_without_the_typed_knob_gets_Parameter() =>
        // a.Component("stream", ...) returns a ComponentNode, which has no Partitions knob.
        VerifyAsync<SetParameterCodeFixProvider>(
            Designs.Ingestion("{|SD1004:a.Component(\"stream\", \"Events\")|}"),
            Designs.Ingestion("a.Component(\"stream\", \"Events\").Parameter(\"partitions\", 14)"),
            EquivalenceKeys.SetParameter, ["SD1004"], ignoring: IngestionShortfalls, title: "Set Events to .Parameter(\"partitions\", 14)");

    [Fact]
    public Task Stream_partitions_are_raised_to_the_consumer_count() =>
        VerifyAsync<SetParameterCodeFixProvider>(
            Indexing(".Partitions({|SD2006:2|})"),
            Indexing(".Partitions(6)"),
            EquivalenceKeys.SetParameter, ["SD2006"], ignoring: IndexingShortfalls);

    private static string Indexing(string partitions) => $$"""
        using SystemDesign;

        [Design("tutorial-simple-blog")]
        public sealed class Indexing : IDesign
        {
            public void Describe(ArchitectureBuilder a)
            {
                var readers = a.Client("Blog Readers");
                var app = a.App("App Servers").Instances(8);
                var events = a.Stream("Events"){{partitions}};
                var indexer = a.Worker("Indexer").Instances(6);
                readers.Calls(app);
                app.Publishes(events);
                indexer.Consumes(events);
            }
        }
        """;
}
