// Drafted by `sysdesign solve l5-observability-datadog` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// DataDog-Scale Observability Platform (l5-observability-datadog).
/// Goal: Build multi-tenant observability platform monitoring 10K companies' infrastructure
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $93,381,600/month.
/// </summary>
[Design("l5-observability-datadog")]
public sealed class L5ObservabilityDatadogDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 50,000,000 req/s × 1.2 headroom ÷ 150 per instance = 400000 → 400000
        var queryEngine = a.Component("query_engine", "Query Engine").Instances(400000);
        // 50,000,000 req/s × 1.2 headroom ÷ 150 per instance = 400000 → 400000
        var visualizationService = a.Component("visualization_service", "Visualization Service").Instances(400000);
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120000 → 120000
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(120000);
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120000 → 120000
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(120000);
        // 300,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 90000 → 90000
        var timeSeriesDatabase = a.Component("tsdb", "Time-Series Database").Instances(90000);

        queryEngine.Calls(streamProcessor);
        visualizationService.Calls(streamProcessor);
        queryEngine.Calls(alertManager);
        visualizationService.Calls(alertManager);
        queryEngine.Calls(timeSeriesDatabase);
        visualizationService.Calls(timeSeriesDatabase);
        streamProcessor.Calls(timeSeriesDatabase);
        alertManager.Calls(timeSeriesDatabase);
    }
}
