// Drafted by `sysdesign solve l6-ai-infrastructure-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.AiInfrastructure;

/// <summary>
/// Agi Training Infrastructure (l6-ai-infrastructure-1).
/// Goal: Design next-generation AGI training system achieving trillion parameter models for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $3,472,049,433/month.
/// </summary>
[Design("l6-ai-infrastructure-1")]
public sealed class L6AiInfrastructure1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 100,000,000 req/s × 1.2 headroom ÷ 150 per instance = 800000 → 800000
        var modelServer = a.Component("model_server", "Model Server").Instances(800000);
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120000 → 120000
        var gPUCluster = a.Component("gpu_cluster", "GPU Cluster").Instances(120000);
        // 200,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 60000 → 60000
        var parameterStore = a.Component("parameter_store", "Parameter Store").Instances(60000);
        // one instance carries the load and no requirement asks for more → 1
        var trainingOrchestrator = a.Component("training_orchestrator", "Training Orchestrator").Instances(1);

        modelServer.Calls(gPUCluster);
        modelServer.Calls(parameterStore);
        gPUCluster.Calls(parameterStore);
        modelServer.ConnectsTo(trainingOrchestrator);
    }
}
