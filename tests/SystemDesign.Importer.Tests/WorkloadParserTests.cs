using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SystemDesign.Catalog;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Importer.Tests;

/// <summary>One test per phrasing family found in the export, with the exact expected figures.</summary>
public sealed class WorkloadParserTests
{
    private static Workload Nfr(string label, string text, params (string Key, object Value)[] constants) =>
        WorkloadParser.Parse("test-problem", [new NonFunctionalRequirement(label, text)], TestConstants.Of(constants), []);

    private static Workload Rate(string text, params (string Key, object Value)[] constants) => Nfr("Request Rate", text, constants);

    // The line's own bounds (for all requests, or a build/training time); conditions, other operations and per-class
    // bounds keep their class (LatencyClassTests).
    private static void AssertBounds(string text, params (double? Percentile, double Milliseconds)[] expected) =>
        Assert.Equal(expected, Nfr("Latency", text).LatencyTargets.Where(t => t.AppliesTo is SystemDesign.Catalog.LatencyClasses.All or SystemDesign.Catalog.LatencyClasses.OtherObjective).Select(t => (t.Percentile, t.Milliseconds)).ToArray());

    // ---- request rate ----

    [Fact]
    public void Requests_per_second_in_words()
    {
        var w = Rate("10M requests per second");
        Assert.Equal(10_000_000, w.RequestRate!.Value);
        Assert.Null(w.RequestRateStatedAtPeak);
        Assert.Equal("NFR Request Rate: 10M requests per second", w.RequestRate.Source);
        Assert.Empty(w.Unparsed);
    }

    [Theory]
    [InlineData("5k req/s", 5_000)]
    [InlineData("500K requests/second", 500_000)]
    [InlineData("50k GraphQL queries/sec", 50_000)]
    [InlineData("1.2M orders/sec", 1_200_000)]
    [InlineData("100k IOPS per volume, millions globally", 100_000)]
    [InlineData("6000 tweets/second average", 6_000)]
    [InlineData("10k requests/sec per region", 10_000)]
    [InlineData("12k requests/sec, reduce bandwidth by 70% for text", 12_000)]
    [InlineData("50k req/s (40k cacheable)", 50_000)]
    public void Single_rate_with_any_unit_spelling(string text, double expected) =>
        Assert.Equal(expected, Rate(text).RequestRate!.Value);

    [Fact]
    public void Start_and_target_takes_the_target()
    {
        var w = Rate("Start: 100 req/sec, Target: 1,000 req/sec");
        Assert.Equal(1_000, w.RequestRate!.Value);
    }

    [Fact]
    public void Per_hour_per_minute_per_day_are_converted_to_per_second()
    {
        Assert.Equal(2.77777777777778, Rate("10k containers deployed/hr").RequestRate!.Value);
        Assert.Equal(16666.6666666667, Nfr("Throughput", "1M votes/minute").RequestRate!.Value);
        Assert.Equal(1157.40740740741, Nfr("Throughput", "100M test executions/day").RequestRate!.Value);
    }

    [Fact]
    public void Rate_stated_at_peak_is_flagged_as_peak()
    {
        var w = Rate("1M rides per hour peak");
        Assert.Equal(277.777777777778, w.RequestRate!.Value);
        Assert.Equal(w.RequestRate.Value, w.RequestRateStatedAtPeak);
        Assert.NotNull(Rate("1.2M orders/sec during Prime Day").RequestRateStatedAtPeak);
        Assert.NotNull(Rate("50k players entering queue/sec during peak").RequestRateStatedAtPeak);
    }

    [Fact]
    public void Reads_and_writes_in_parentheses_give_the_split_of_the_total()
    {
        var w = Rate("100k cart operations/sec (70k reads, 30k writes)");
        Assert.Equal(100_000, w.RequestRate!.Value);
        Assert.Equal(0.7, w.ReadRatio!.Value);
        Assert.Equal("NFR Request Rate: 100k cart operations/sec (70k reads, 30k writes)", w.ReadRatio.Source);

        var grouped = Rate("10,000 requests/sec (9,500 reads, 500 writes)");
        Assert.Equal(10_000, grouped.RequestRate!.Value);
        Assert.Equal(0.95, grouped.ReadRatio!.Value);
    }

    [Fact]
    public void Distinct_operations_are_added_and_classified_as_reads_or_writes()
    {
        var w = Rate("10k reads/sec, 1k writes/sec");
        Assert.Equal(11_000, w.RequestRate!.Value);
        Assert.Equal(0.909090909090909, w.ReadRatio!.Value);

        var mixedUnits = Rate("1k model uploads/day, 10k queries/sec");
        Assert.Equal(10000.0115740741, mixedUnits.RequestRate!.Value);
        Assert.Equal(0.999998842593932, mixedUnits.ReadRatio!.Value);

        Assert.Equal(0.0099009900990099, Rate("1M events/s write, 10k queries/s").ReadRatio!.Value);
        Assert.Equal(0.980392156862745, Rate("500k timeline requests/sec, 10k posts/sec").ReadRatio!.Value);
    }

    [Fact]
    public void Operations_that_are_not_all_reads_or_writes_give_no_split()
    {
        var w = Rate("1M orders/sec, 10M market data updates/sec");
        Assert.Equal(11_000_000, w.RequestRate!.Value);
        Assert.Null(w.ReadRatio);
        Assert.Null(Rate("100K connections/second, 1M messages/second").ReadRatio);
    }

    [Fact]
    public void Normal_then_bare_peak_figure_gives_the_multiplier()
    {
        var w = Rate("100M events/sec normal, 1B during peaks");
        Assert.Equal(100_000_000, w.RequestRate!.Value);
        Assert.Null(w.RequestRateStatedAtPeak);
        Assert.Equal(10, w.PeakMultiplier!.Value);
        Assert.Equal(20, Rate("100M predictions/sec normal, 2B during viral events").PeakMultiplier!.Value);
        Assert.Equal(10, Rate("580k transactions/sec normal, 5.8M during spikes").PeakMultiplier!.Value);
        Assert.Equal(10, Rate("100M requests/sec, 1B during spikes").PeakMultiplier!.Value);
    }

    [Fact]
    public void Peak_restating_the_same_operation_is_a_multiplier_not_extra_load()
    {
        var w = Rate("10M ops/sec normal, 100M ops/sec during viral events");
        Assert.Equal(10_000_000, w.RequestRate!.Value);
        Assert.Equal(10, w.PeakMultiplier!.Value);

        var spike = Rate("5M reads/sec, 50k writes/sec normal. 50M reads/sec viral spike");
        Assert.Equal(5_050_000, spike.RequestRate!.Value);
        Assert.Equal(0.99009900990099, spike.ReadRatio!.Value);
        Assert.Equal(10, spike.PeakMultiplier!.Value);
    }

    [Fact]
    public void Peak_figure_with_an_times_normal_factor()
    {
        var w = Rate("100k requests/sec during Black Friday (10x normal)");
        Assert.Equal(100_000, w.RequestRate!.Value);
        Assert.Equal(w.RequestRate.Value, w.RequestRateStatedAtPeak);
        Assert.Equal(10, w.PeakMultiplier!.Value);
    }

    [Fact]
    public void Sustained_rate_with_bursts()
    {
        var w = Rate("Sustain 10k events/sec steady state with 2× bursts (20k events/sec) for five minutes.");
        Assert.Equal(10_000, w.RequestRate!.Value);
        Assert.Null(w.RequestRateStatedAtPeak);
        Assert.Equal(2, w.PeakMultiplier!.Value);
    }

    [Fact]
    public void Several_sentences_total_split_ratio_and_peak_traffic()
    {
        var w = Rate("1M requests/sec total (950k redirects/sec, 50k creates/sec). Read:write ratio 20:1. Peak traffic 2x normal load during business hours");
        Assert.Equal(1_000_000, w.RequestRate!.Value);
        Assert.Equal(0.95, w.ReadRatio!.Value);
        Assert.Equal(2, w.PeakMultiplier!.Value);

        Assert.Equal(0.952380952380952, Rate("1M requests/sec. Read:write ratio 20:1").ReadRatio!.Value);
    }

    [Fact]
    public void Messages_connections_and_presence_in_one_line()
    {
        var w = Rate("100k messages/sec sustained. 1M concurrent WebSocket connections. 500k presence updates/sec. Peak traffic during business hours 3x normal (300k msg/sec)");
        Assert.Equal(600_000, w.RequestRate!.Value);
        Assert.Null(w.RequestRateStatedAtPeak);
        Assert.Equal(1_000_000, w.ConcurrentConnections!.Value);
        Assert.Equal(3, w.PeakMultiplier!.Value);
    }

    [Fact]
    public void Product_takes_the_result_after_equals()
    {
        Assert.Equal(10_000_000, Rate("1M vehicles × 10 tile fetches/sec = 10M QPS").RequestRate!.Value);
        var ticks = Rate("10k symbols × 100 ticks/sec = 1M ticks/sec. 100k concurrent subscribers");
        Assert.Equal(1_000_000, ticks.RequestRate!.Value);
        Assert.Equal(100_000, ticks.ConcurrentConnections!.Value);
    }

    [Fact]
    public void Generated_load_is_the_rate()
    {
        Assert.Equal(10_000, Rate("1k dashboard loads/sec generating 10k queries/sec").RequestRate!.Value);
    }

    [Fact]
    public void Concurrency_stated_instead_of_a_rate_is_concurrency_not_rate()
    {
        var w = Rate("10M concurrent streams");
        Assert.Null(w.RequestRate);
        Assert.Equal(10_000_000, w.ConcurrentConnections!.Value);
        Assert.Empty(w.Unparsed);

        var viral = Rate("500M concurrent streams, 5B during viral events");
        Assert.Null(viral.RequestRate);
        Assert.Equal(500_000_000, viral.ConcurrentConnections!.Value);
        Assert.Equal(10, viral.PeakMultiplier!.Value);

        var both = Rate("50,000 messages/sec peak, 100,000 concurrent WebSocket connections");
        Assert.Equal(50_000, both.RequestRate!.Value);
        Assert.Equal(both.RequestRate.Value, both.RequestRateStatedAtPeak);
        Assert.Equal(100_000, both.ConcurrentConnections!.Value);
    }

    [Fact]
    public void Rate_lines_without_a_rate_are_listed_as_unparsed()
    {
        var na = Rate("N/A (background)");
        Assert.Null(na.RequestRate);
        Assert.Equal([new UnparsedText("requestRate", "NFR Request Rate: N/A (background)")], na.Unparsed);

        // Hours of video per day is a volume, not requests; the concurrency is still read.
        var video = Rate("500k hours/day uploads, 100M concurrent streams");
        Assert.Null(video.RequestRate);
        Assert.Equal(100_000_000, video.ConcurrentConnections!.Value);
        Assert.Equal("requestRate", Assert.Single(video.Unparsed).Field);
    }

    [Fact]
    public void Throughput_is_the_rate_only_when_no_request_rate_line_gives_one()
    {
        var l6 = Nfr("Throughput", "100M operations per second");
        Assert.Equal(100_000_000, l6.RequestRate!.Value);
        Assert.Equal("NFR Throughput: 100M operations per second", l6.RequestRate.Source);
        Assert.NotNull(Nfr("Throughput", "1M TPS peak").RequestRateStatedAtPeak);

        var bandwidth = Nfr("Throughput", "100Gbps peak bandwidth");
        Assert.Null(bandwidth.RequestRate);
        Assert.Equal([new UnparsedText("requestRate", "NFR Throughput: 100Gbps peak bandwidth")], bandwidth.Unparsed);

        var both = WorkloadParser.Parse("p", [new NonFunctionalRequirement("Request Rate", "5k req/s"), new NonFunctionalRequirement("Throughput", "Handle 100MB/sec response data")], [], []);
        Assert.Equal(5_000, both.RequestRate!.Value);
        Assert.Empty(both.Unparsed);
    }

    // ---- latency ----

    [Fact]
    public void Single_percentile_bound()
    {
        AssertBounds("P99 < 200ms", (99.0, 200.0));
        AssertBounds("P99 < 100ms for all operations", (99.0, 100.0));
        var target = Assert.Single(Nfr("Latency", "P95 < 50ms").LatencyTargets);
        Assert.Equal("NFR Latency: P95 < 50ms", target.Source);
    }

    [Fact]
    public void Normal_bound_wins_over_failover_and_spike_bounds()
    {
        AssertBounds("P95 < 100ms normal, < 500ms during failover", (95.0, 100.0));
        AssertBounds("P99 < 100ms normal, P99 < 500ms during viral spike", (99.0, 100.0));
        AssertBounds("P99 < 50ms warm, P99 < 500ms cold, <0.1% cold start rate", (99.0, 50.0));
    }

    [Fact]
    public void Micro_and_nano_seconds_convert_to_milliseconds()
    {
        AssertBounds("P99 < 1μs for critical paths", (99.0, 0.001));
        AssertBounds("P99 \u2039 1\u00B5s for critical paths", (99.0, 0.001));
        AssertBounds("P99 < 10 microseconds", (99.0, 0.01));
        AssertBounds("P95 < 500μs for order processing, P99 < 1ms. Market data <100μs", (95.0, 0.5), (99.0, 1.0));
        AssertBounds("<100ns in datacenter", (null, 0.0001));
    }

    [Fact]
    public void Seconds_minutes_and_hours_convert_to_milliseconds()
    {
        AssertBounds("P95 < 3s for match formation, P99 < 5s", (95.0, 3000.0), (99.0, 5000.0));
        AssertBounds("P99 < 1 second end-to-end", (99.0, 1000.0));
        AssertBounds("P50 < 5 min build time", (50.0, 300000.0));
        AssertBounds("P95 download time <10 minutes for 50GB game", (95.0, 600000.0));
        AssertBounds("P99 < 1hr training time", (99.0, 3600000.0));
    }

    [Fact]
    public void Several_percentiles_including_p999_spellings()
    {
        AssertBounds("Message delivery: P95 < 100ms, P99 < 200ms, P999 < 500ms. Message history fetch: P95 < 200ms. Presence updates: P95 < 50ms", (95.0, 100.0), (99.0, 200.0), (99.9, 500.0));
        // "During attacks" is a condition, not normal load: kept with its class, not a bound for all requests (issue 8).
        AssertBounds("P99 < 10ms with crypto, P99.9 < 25ms during attacks", (99.0, 10.0));
        AssertBounds("P99 < 100ms globally (P50 < 20ms)", (99.0, 100.0), (50.0, 20.0));
        AssertBounds("P50 < 1ms, P95 < 3ms, P99 < 10ms for block I/O", (50.0, 1.0), (95.0, 3.0), (99.0, 10.0));
    }

    [Fact]
    public void Bounds_without_percentile_are_kept_only_when_the_line_has_none()
    {
        AssertBounds("Flag check < 5ms", (null, 5.0));
        AssertBounds("Dashboard < 2s, Batch < 1hr", (null, 2000.0));
        AssertBounds("Alerting < 10s, Search P95 < 1s", (95.0, 1000.0));
    }

    [Fact]
    public void Latency_text_without_a_bound_is_unparsed()
    {
        var w = Nfr("Latency", "Speed of light limited");
        Assert.Empty(w.LatencyTargets);
        Assert.Equal([new UnparsedText("latencyTargets", "NFR Latency: Speed of light limited")], w.Unparsed);
    }

    // ---- availability ----

    [Theory]
    [InlineData("99.9% uptime", 0.999)]
    [InlineData("99.99% uptime during migration", 0.9999)]
    [InlineData("99.9999% uptime (six nines)", 0.999999)]
    [InlineData("99.999% for ingestion, 99.99% for search", 0.99999)]
    [InlineData("100% for reads/writes, partition tolerant", 1.0)]
    [InlineData("95% quantum uptime", 0.95)]
    public void Availability_is_the_leading_percentage(string text, double expected)
    {
        var w = Nfr("Availability", text);
        Assert.Equal(expected, w.AvailabilityTarget!.Value);
        Assert.Equal("NFR Availability: " + text, w.AvailabilityTarget.Source);
    }

    [Theory]
    [InlineData("Operate with 50% staff")]
    [InlineData("RPO < 5min, RTO < 1hr")]
    [InlineData("Submarine operation")]
    public void Availability_without_a_leading_percentage_is_unparsed(string text)
    {
        var w = Nfr("Availability", text);
        Assert.Null(w.AvailabilityTarget);
        Assert.Equal([new UnparsedText("availabilityTarget", "NFR Availability: " + text)], w.Unparsed);
    }

    // ---- read ratio ----

    [Fact]
    public void Read_and_write_qps_constants_win_over_the_rate_line()
    {
        var w = Rate("10k reads/sec, 10k writes/sec", ("read_qps", 900.0), ("write_qps", 100.0));
        Assert.Equal(0.9, w.ReadRatio!.Value);
        Assert.Equal("constant read_qps: 900, write_qps: 100", w.ReadRatio.Source);
    }

    [Theory]
    [InlineData("System handles both reads (90%) and writes (10%)", 0.9)]
    [InlineData("95% reads (image views), 5% writes (uploads)", 0.95)]
    public void Functional_requirement_percentages(string line, double expected)
    {
        var w = WorkloadParser.Parse("p", [], [], ["Users can post", line]);
        Assert.Equal(expected, w.ReadRatio!.Value);
        Assert.Equal("FR: " + line, w.ReadRatio.Source);
    }

    [Fact]
    public void Ratio_constants_in_their_spellings()
    {
        Assert.Equal(0.952380952380952, Rate("1k req/s", ("read_write_ratio", "20:1")).ReadRatio!.Value);
        Assert.Equal(0.8, Rate("1k req/s", ("read_write_ratio", 4.0)).ReadRatio!.Value);
        Assert.Equal(0.9, Rate("1k req/s", ("read_ratio", 90.0)).ReadRatio!.Value);
        Assert.Equal(0.75, Rate("1k req/s", ("write_ratio", 0.25)).ReadRatio!.Value);
    }

    [Fact]
    public void Only_read_qps_is_its_share_of_the_stated_rate()
    {
        var w = Rate("100k requests/sec, 1k new articles/min", ("read_qps", 100000.0));
        Assert.Equal(0.999833361106479, w.ReadRatio!.Value);
        Assert.Equal("constant read_qps: 100000 of NFR Request Rate: 100k requests/sec, 1k new articles/min", w.ReadRatio.Source);
        Assert.Null(Rate("1k requests/sec", ("read_qps", 5000.0)).ReadRatio);
    }

    // ---- peak multiplier ----

    [Fact]
    public void Multiplier_constant_wins_over_the_rate_line()
    {
        var w = Rate("100M predictions/sec normal, 2B during viral events", ("spike_multiplier", 10.0));
        Assert.Equal(10, w.PeakMultiplier!.Value);
        Assert.Equal("constant spike_multiplier: 10", w.PeakMultiplier.Source);
        Assert.Equal(3, Rate("1k req/s", ("peak_multiplier", 3.0)).PeakMultiplier!.Value);
        Assert.Equal(2, Rate("1k req/s", ("burst_multiplier", 2.0)).PeakMultiplier!.Value);
    }

    [Fact]
    public void Spikes_stated_in_another_requirement()
    {
        var w = WorkloadParser.Parse("p", [new NonFunctionalRequirement("Request Rate", "50k req/s (40k cacheable)"), new NonFunctionalRequirement("Scalability", "10x traffic spikes during events")], [], []);
        Assert.Equal(10, w.PeakMultiplier!.Value);
        Assert.Equal("NFR Scalability: 10x traffic spikes during events", w.PeakMultiplier.Source);
        Assert.Null(Nfr("Scalability", "Support 10x growth over 2 years").PeakMultiplier);
    }

    [Fact]
    public void Peak_and_normal_rate_constants_against_the_stated_rate()
    {
        Assert.Equal(166.666666666667, Rate("6000 tweets/second average", ("peak_events_per_second", 1000000.0)).PeakMultiplier!.Value);
        Assert.Equal(10, Rate("100k requests/sec during Black Friday", ("normal_qps", 10000.0)).PeakMultiplier!.Value);
        Assert.Null(Rate("100k events/sec peak", ("peak_rate", 100000.0)).PeakMultiplier);
    }

    // ---- concurrency and budget ----

    [Fact]
    public void Concurrency_from_constants_prefers_connections()
    {
        var w = Rate("1k req/s", ("concurrent_editors", 1000.0), ("websocket_connections", 1000000.0));
        Assert.Equal(1_000_000, w.ConcurrentConnections!.Value);
        Assert.Equal("constant websocket_connections: 1000000", w.ConcurrentConnections.Source);
        Assert.Null(Rate("1k req/s", ("concurrent_limit", 1000000.0)).ConcurrentConnections);
    }

    [Fact]
    public void Concurrency_from_other_requirements_needs_the_word_concurrent()
    {
        Assert.Equal(5_000_000, Nfr("Scalability", "5M concurrent connections").ConcurrentConnections!.Value);
        Assert.Equal(1_000_000, Nfr("Dataset Size", "1M concurrent players in queue. 10k matches/sec").ConcurrentConnections!.Value);
        Assert.Null(Nfr("Dataset Size", "1B users, 100B connections").ConcurrentConnections);
        Assert.Null(Nfr("Scalability", "1M concurrent executions globally").ConcurrentConnections);
    }

    [Fact]
    public void Monthly_budget_from_constant_or_text_and_periodless_cost_is_unparsed()
    {
        var constant = Rate("1k req/s", ("budget_monthly", 100000.0));
        Assert.Equal(100_000, constant.MonthlyBudget!.Value);
        Assert.Equal("constant budget_monthly: 100000", constant.MonthlyBudget.Source);

        var text = Nfr("Cost", "Stay under $50k/month at target load");
        Assert.Equal(50_000, text.MonthlyBudget!.Value);

        var periodless = Rate("1k req/s", ("cost_target_millions", 1.0));
        Assert.Null(periodless.MonthlyBudget);
        Assert.Equal([new UnparsedText("monthlyBudget", "constant cost_target_millions: 1")], periodless.Unparsed);
        Assert.Null(Rate("1k req/s", ("latency_budget_ms", 10.0)).MonthlyBudget);
    }

    // ---- JSON ----

    [Fact]
    public void Json_has_fixed_property_order_sources_nulls_and_clean_numbers()
    {
        var w = WorkloadParser.Parse(
            "p",
            [new NonFunctionalRequirement("Request Rate", "1M rides per hour peak"), new NonFunctionalRequirement("Latency", "P95 < 100ms normal, < 500ms during failover"), new NonFunctionalRequirement("Availability", "99.99% uptime"), new NonFunctionalRequirement("Latency", "Speed of light limited")],
            TestConstants.Of(("peak_multiplier", 0.1 + 0.2), ("read_qps", 900.0), ("write_qps", 100.0)),
            []);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = ReadableJsonEncoder.Instance }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("workload");
            WorkloadWriter.Write(writer, w);
            writer.WriteEndObject();
        }

        Assert.Equal(
            """{"workload":{"requestRate":{"value":277.777777777778,"source":"NFR Request Rate: 1M rides per hour peak","statedAtPeak":277.777777777778},"readRatio":{"value":0.9,"source":"constant read_qps: 900, write_qps: 100"},"peakMultiplier":{"value":0.3,"source":"constant peak_multiplier: 0.3"},"burstSeconds":null,"concurrentConnections":null,"latencyTargets":[{"percentile":95,"milliseconds":100,"appliesTo":"all","clause":"normal","source":"NFR Latency: P95 < 100ms normal, < 500ms during failover"},{"percentile":95,"milliseconds":500,"appliesTo":"condition","clause":"during failover","source":"NFR Latency: P95 < 100ms normal, < 500ms during failover"}],"availabilityTarget":{"value":0.9999,"source":"NFR Availability: 99.99% uptime"},"monthlyBudget":null,"otherObjectives":[],"unparsed":[{"field":"latencyTargets","text":"NFR Latency: Speed of light limited"}]}}""",
            Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Json_of_an_empty_workload_is_all_nulls_and_empty_lists()
    {
        var w = WorkloadParser.Parse("p", [], [], []);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WorkloadWriter.Write(writer, w);
        }

        Assert.Equal(
            """{"requestRate":null,"readRatio":null,"peakMultiplier":null,"burstSeconds":null,"concurrentConnections":null,"latencyTargets":[],"availabilityTarget":null,"monthlyBudget":null,"otherObjectives":[],"unparsed":[]}""",
            Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Numbers_are_invariant_whatever_the_current_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("0.3", CatalogNumber.Format(0.1 + 0.2));
            Assert.Equal("1000", CatalogNumber.Format(1000.0));
            Assert.Equal(1_200_000, Rate("1.2M orders/sec").RequestRate!.Value);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
