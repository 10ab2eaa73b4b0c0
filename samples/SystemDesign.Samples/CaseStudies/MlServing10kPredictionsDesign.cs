// Drafted by `sysdesign solve ml-serving-10k-predictions` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Model Serving at 10,000 Predictions/s, P99 &lt; 100 ms (ml-serving-10k-predictions).
/// Goal: Serve 10,000 predictions per second at P99 under 100 ms.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $25,748/month.
/// </summary>
[Design("ml-serving-10k-predictions")]
public sealed class MlServing10kPredictionsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var callers = a.Component("client", "Callers");
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 10,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80 → 80
        var predictionAPI = a.Component("app", "Prediction API").Instances(80);
        // 10,000 req/s × 1.2 headroom ÷ 450 per instance = 27; tier T1 needs ≥ 2 model_server → 27
        var gPUModelServers = a.Component("model_server", "GPU Model Servers").Instances(27).Parameter("batch_size", 3);
        // 10,000 req/s × 1.2 headroom ÷ 5,500 per instance = 3 → 3
        var modelStore = a.Component("object_store", "Model Store").Instances(3);

        callers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(predictionAPI);
        predictionAPI.ConnectsTo(gPUModelServers);
        gPUModelServers.ConnectsTo(modelStore);
    }
}
