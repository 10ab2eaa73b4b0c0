// Drafted by `sysdesign solve l6-ai-infrastructure-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD2002 // Model Server: 140,000,000 req/s offered, 938,354 × 150 = 140,753,100 req/s capacity (utilization 99.46%), less than the 20% headroom; 1,120,000 instances give 168,000,000 req/s, the 20% headroom (1.2 × 140,000,000 = 168,000,000).
namespace SystemDesign.Samples.AiInfrastructure;

/// <summary>
/// Biological Computing Infrastructure (l6-ai-infrastructure-5).
/// Goal: Design next-generation biological computing system achieving real-time learning for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $4,727,471,988/month.
/// </summary>
[Design("l6-ai-infrastructure-5")]
public sealed class L6AiInfrastructure5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 140,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1120000 → 938354
        var modelServer = a.Component("model_server", "Model Server").Instances(938354);
        // 140,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 168000 → 168000
        var gPUCluster = a.Component("gpu_cluster", "GPU Cluster").Instances(168000);
        // 280,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 84000 → 84000
        var parameterStore = a.Component("parameter_store", "Parameter Store").Instances(84000);
        // one instance carries the load and no requirement asks for more → 1
        var trainingOrchestrator = a.Component("training_orchestrator", "Training Orchestrator").Instances(1);

        modelServer.Calls(gPUCluster);
        modelServer.Calls(parameterStore);
        gPUCluster.Calls(parameterStore);
        modelServer.ConnectsTo(trainingOrchestrator);
    }
}
