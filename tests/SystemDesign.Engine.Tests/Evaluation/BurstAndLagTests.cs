using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Issue 9, "Bursts and lag", and issue 8's lag objectives: the burst lasts as long as the problem says; wherever
/// consumers or a replica are below the burst rate the backlog, drain time and lag of the last message are reported;
/// a stated consumer or replication lag target is graded (SD6005). Each test fails on the engine before this change.
/// </summary>
public sealed class BurstAndLagTests
{
    private static Architecture Ingestion(int consumers, int partitions = 32)
    {
        var a = new ArchitectureBuilder("ingestion");
        var sdk = a.Client("SDK Clients");
        var producers = a.App("Producers").Instances(12);
        var stream = a.Stream("Stream").Partitions(partitions);
        var workers = a.Worker("Consumers").Instances(consumers);
        sdk.Calls(producers);
        producers.Publishes(stream);
        workers.Consumes(stream);
        workers.Writes(a.ObjectStore("Archive"));
        return a.Build();
    }

    private static Problem CatalogProblem(string id) => ProblemCatalog.BuiltIn.Find(id)!;

    [Fact]
    public void Bursts_last_as_long_as_the_problem_says_and_the_default_is_named()
    {
        var ingestion = Designs.Evaluate(CatalogProblem("ingestion"), Ingestion(20));
        Assert.Equal(300, ingestion.Workload.BurstSeconds.Value);
        Assert.Contains("for five minutes", ingestion.Workload.BurstSeconds.Source, System.StringComparison.Ordinal);
        Assert.Contains(ingestion.Scenarios, s => s.Name == "peak burst (2 × for 5 min)");

        var silent = Designs.Evaluate(Designs.Problem(rate: 100, peak: 2), Ingestion(1));
        Assert.Equal(WorkloadDefaults.BurstSeconds, new Sourced(silent.Workload.BurstSeconds.Value, silent.Workload.BurstSeconds.Source));
        Assert.StartsWith("default:", silent.Workload.BurstSeconds.Source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_lag_of_the_reference_sizing_misses_the_60_s_target_with_the_arithmetic()
    {
        // ingestion: 10,000 events/s, 2× for 300 s, 16 consumers × 1,000 (consumer_rps_per_instance): 1,200,000 left,
        // drained 200 s after the burst, the last waiting 75 s against max_lag_sec 60 (FluidBacklogTests).
        var e = Designs.Evaluate(CatalogProblem("ingestion"), Ingestion(16));

        var backlog = Assert.Single(e.Backlogs);
        Assert.Equal(("Stream", LatencyClasses.ConsumerLag, 1_200_000.0, 200.0, 75.0, 60.0), (backlog.Component, backlog.Objective, backlog.Backlog, backlog.DrainSeconds, backlog.LagSeconds, backlog.LagTargetSeconds!.Value));
        var finding = e.Single(Rules.LagTargetMissed.Id, "Consumers");
        Assert.Equal(Severity.Error, finding.Severity);
        // The property is the component's one required count (the peak's 20,000 msg/s asks more than the lag's 17).
        Assert.Equal(e.Component("Consumers").RequiredInstances!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Properties["instances"]);
        Assert.True(e.Component("Consumers").RequiredInstances >= 17);
        Assert.StartsWith(
            "consumer lag reaches 75 s against the 60 s target (constant max_lag_sec: 60): Stream: a 5 min burst (NFR Request Rate: Sustain 10k events/sec steady state with 2× bursts (20k events/sec) for five minutes.) at 20,000 msg/s against 16,000 msg/s of consumers leaves 1,200,000 messages, drained in 3.33 min after the burst; the last waits 75 s ((20,000 − 16,000) × 300 s = 1,200,000; 1,200,000 ÷ (16,000 − 10,000) = 200 s; 1,200,000 ÷ 16,000 = 75 s). Consumers taking at least 20,000 × 300 ÷ (300 + 60) = 16,666.67 msg/s (and more than 10,000) keep it: Consumers.Instances(17) at 1,000 msg/s each.",
            finding.Message,
            System.StringComparison.Ordinal);
        Assert.Contains(" Every constraint on Consumers", finding.Message, System.StringComparison.Ordinal); // the settled count
        Assert.Equal(GateStatus.Failed, e.Gates.Single(g => g.Gate == Gate.Resilience).Status);
    }

    [Fact]
    public void The_proposed_consumer_count_meets_the_lag_target()
    {
        var e = Designs.Evaluate(CatalogProblem("ingestion"), Ingestion(17));

        Assert.Empty(e.Findings(Rules.LagTargetMissed.Id));
        Assert.Equal(900_000.0 / 17_000, Assert.Single(e.Backlogs).LagSeconds, 12);
    }

    [Fact]
    public void A_backlog_that_drains_within_the_burst_is_still_reported()
    {
        // 100 msg/s, 2× for 300 s, consumers 180: (200 − 180) × 300 = 6,000 left, drained 6,000 ÷ 80 = 75 s after.
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(10);
        var queue = a.Queue("Jobs");
        a.Client("Users").Calls(app);
        app.Publishes(queue);
        a.Worker("Workers").CapacityPerInstance(180).Consumes(queue);
        var e = Designs.Evaluate(Designs.Problem(rate: 100, readRatio: 0, peak: 2), a.Build());

        var backlog = Assert.Single(e.Backlogs);
        Assert.Equal((6_000.0, 75.0, 6_000.0 / 180), (backlog.Backlog, backlog.DrainSeconds, backlog.LagSeconds));
        Assert.Null(backlog.LagTargetSeconds);
        Assert.Empty(e.Findings(Rules.BurstBacklog.Id));
    }

    [Fact]
    public void Replication_lag_is_graded_against_the_replica_that_falls_behind_in_the_burst()
    {
        // 1,000 writes/s reach the primary; 2× for 300 s; each instance of the replica applies every write: 2,000 w/s
        // at the peak against 1,500 per instance leaves (2,000 − 1,500) × 300 = 150,000, the last waiting 100 s > 1 s.
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(50);
        var primary = a.DbPrimary("Primary").CapacityPerInstance(5_000);
        var replica = a.DbReplica("Standby").Instances(2).CapacityPerInstance(1_500);
        a.Client("Users").Calls(app);
        app.Writes(primary);
        primary.ReplicatesTo(replica);
        var problem = Designs.Problem(rate: 1_000, readRatio: 0, peak: 2, latency: [new LatencyTarget(null, 1_000, "constant replication_lag_ms: 1000", LatencyClasses.ReplicationLag, "replication_lag_ms")]);
        var e = Designs.Evaluate(problem, a.Build());

        var backlog = Assert.Single(e.Backlogs);
        Assert.Equal(("Standby", LatencyClasses.ReplicationLag, 150_000.0, 100.0), (backlog.Component, backlog.Objective, backlog.Backlog, backlog.LagSeconds));
        var finding = e.Single(Rules.LagTargetMissed.Id, "Standby");
        Assert.Contains("replication lag reaches 100 s against the 1 s target", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("No instance count helps: each instance applies all 1,000 writes/s", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_replica_that_keeps_up_meets_its_lag_target_with_its_response_time()
    {
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(50);
        var primary = a.DbPrimary("Primary").CapacityPerInstance(5_000);
        var replica = a.DbReplica("Standby").CapacityPerInstance(5_000);
        a.Client("Users").Calls(app);
        app.Writes(primary);
        primary.ReplicatesTo(replica);
        var problem = Designs.Problem(rate: 1_000, readRatio: 0, peak: 2, latency: [new LatencyTarget(95, 2_000, "NFR Latency: P95 < 2s cross-DC replication", LatencyClasses.ReplicationLag)]);
        var e = Designs.Evaluate(problem, a.Build());

        var backlog = Assert.Single(e.Backlogs);
        Assert.Equal(0, backlog.Backlog);
        Assert.InRange(backlog.LagSeconds, 0.000_001, 0.1);
        Assert.Empty(e.Findings(Rules.LagTargetMissed.Id));
    }

    [Fact]
    public void Every_report_names_the_burst_length_and_shows_the_backlog_with_its_verdict()
    {
        var e = Designs.Evaluate(CatalogProblem("ingestion"), Ingestion(16));

        var text = SystemDesign.Reports.EvaluationReport.ToText(e);
        Assert.Contains("Burst", text, System.StringComparison.Ordinal);
        Assert.Contains("BACKLOGS", text, System.StringComparison.Ordinal);
        var markdown = SystemDesign.Reports.EvaluationReport.ToMarkdown(e);
        Assert.Contains("— misses the 60 s consumer lag target", markdown, System.StringComparison.Ordinal);
        Assert.Contains("| Burst | 300 s | NFR Request Rate: Sustain 10k events/sec", markdown, System.StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(SystemDesign.Reports.EvaluationReport.ToJson(e));
        var row = Assert.Single(json.RootElement.GetProperty("backlogs").EnumerateArray().ToList());
        Assert.Equal(75, row.GetProperty("lagSeconds").GetDouble());
        Assert.True(row.GetProperty("missesTarget").GetBoolean());
        Assert.Equal(300, json.RootElement.GetProperty("workload").GetProperty("burstSeconds").GetProperty("value").GetDouble());
    }
}
